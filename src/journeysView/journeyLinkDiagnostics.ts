/**
 * `unknown-journey` diagnostics of open maps: each `journey:` link checked against the maps of the workspace
 * index. Its own collection (the per-file analysis cannot know other files), refreshed when the map is edited
 * and whenever the index changes (a map created, renamed or edited elsewhere).
 */
import * as vscode from 'vscode';
import { mapDiagnostics, registerIndexedDiagnostics } from '../codeLinks/indexedDiagnostics';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { journeyLinksOf, unknownJourneyProblems } from '../core/journeyLinks';
import { t } from '../core/l10n/translate';
import type { CrossFileProblems } from '../language/crossFileProblems';

/** `unknown-journey` of a map against the maps of the workspace (read only when the map has a `journey:` link). */
export function journeyLinkProblems(index: WorkspaceIndex): CrossFileProblems {
  return async (analysis) => {
    const links = journeyLinksOf(analysis);
    return links.length === 0 ? [] : unknownJourneyProblems(links, await index.maps());
  };
}

/** Registers the `cjm-journeys` collection, in step with open maps and the workspace's maps. */
export function registerJourneyLinkDiagnostics(context: vscode.ExtensionContext, index: WorkspaceIndex): vscode.DiagnosticCollection {
  return registerIndexedDiagnostics(context, index, {
    name: 'cjm-journeys',
    languages: ['cjm'],
    // A map without links reads nothing of the workspace.
    check: (document) => mapDiagnostics(document, journeyLinkProblems(index)),
    failed: (document, error) =>
      void vscode.window.showErrorMessage(t('Journey Maps could not check the journey links of {0}: {1}', document.uri.fsPath, String(error))),
  });
}
