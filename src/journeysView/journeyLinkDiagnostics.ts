/**
 * `unknown-journey` diagnostics of open maps: each `journey:` link checked against the maps of the workspace
 * index. Its own collection (the per-file analysis cannot know other files), refreshed when the map is edited
 * and whenever the index changes (a map created, renamed or edited elsewhere).
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { journeyLinksOf, unknownJourneyProblems } from '../core/journeyLinks';
import { getAnalysisAsync } from '../host/analysisCache';
import { KeyedDebounce } from '../host/keyedDebounce';
import { toDiagnostic } from '../language/problemDiagnostics';
import { t } from '../core/l10n/translate';

const DEBOUNCE_MS = 300;

/** Keeps the `cjm-journeys` collection in step with open maps and the workspace's maps. */
export class JourneyLinkDiagnostics {
  private readonly pending = new KeyedDebounce(DEBOUNCE_MS);

  constructor(private readonly index: WorkspaceIndex, readonly collection: vscode.DiagnosticCollection) {}

  /** Creates the collection and follows opens, edits, closes and index changes. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): JourneyLinkDiagnostics {
    const diagnostics = new JourneyLinkDiagnostics(index, vscode.languages.createDiagnosticCollection('cjm-journeys'));
    const refreshAll = (): void => vscode.workspace.textDocuments.forEach((d) => diagnostics.schedule(d));
    context.subscriptions.push(
      diagnostics.collection, diagnostics.pending,
      vscode.workspace.onDidOpenTextDocument((d) => diagnostics.schedule(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && diagnostics.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => diagnostics.collection.delete(d.uri)),
      index.onDidChange(refreshAll),
    );
    refreshAll();
    return diagnostics;
  }

  /** Re-checks a map's links after a short pause. */
  schedule(document: vscode.TextDocument): void {
    if (document.languageId !== 'cjm') return;
    this.pending.schedule(document.uri.toString(), () => {
      this.refresh(document).catch((error: unknown) =>
        void vscode.window.showErrorMessage(t('Journey Maps could not check the journey links of {0}: {1}', document.uri.fsPath, String(error))));
    });
  }

  /** Checks the links now; a map without links reads nothing of the workspace. */
  async refresh(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const version = document.version;
    const links = journeyLinksOf(await getAnalysisAsync(document));
    if (links.length === 0) {
      this.collection.delete(document.uri);
      return;
    }
    const store = await this.index.maps();
    if (document.isClosed || document.version !== version) return;
    this.collection.set(document.uri, unknownJourneyProblems(links, store).map((p) => toDiagnostic(document, p)));
  }
}
