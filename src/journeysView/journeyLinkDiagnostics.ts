/**
 * `unknown-journey` diagnostics of open maps: each `journey:` link checked against the maps of the workspace
 * index. Its own collection (the per-file analysis cannot know other files), refreshed when the map is edited
 * and whenever the index changes (a map created, renamed or edited elsewhere).
 */
import * as vscode from 'vscode';
import { registerIndexedDiagnostics } from '../codeLinks/indexedDiagnostics';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { journeyLinksOf, unknownJourneyProblems } from '../core/journeyLinks';
import { t } from '../core/l10n/translate';
import { getAnalysisAsync } from '../host/analysisCache';
import { toDiagnostic } from '../language/problemDiagnostics';

/** Registers the `cjm-journeys` collection, in step with open maps and the workspace's maps. */
export function registerJourneyLinkDiagnostics(context: vscode.ExtensionContext, index: WorkspaceIndex): vscode.DiagnosticCollection {
  return registerIndexedDiagnostics(context, index, {
    name: 'cjm-journeys',
    languages: ['cjm'],
    // A map without links reads nothing of the workspace.
    check: async (document) => {
      const version = document.version;
      const links = journeyLinksOf(await getAnalysisAsync(document));
      if (links.length === 0) return [];
      const store = await index.maps();
      if (document.version !== version) return undefined;
      return unknownJourneyProblems(links, store).map((p) => toDiagnostic(document, p));
    },
    failed: (document, error) =>
      void vscode.window.showErrorMessage(t('Journey Maps could not check the journey links of {0}: {1}', document.uri.fsPath, String(error))),
  });
}
