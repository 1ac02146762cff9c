/**
 * Diagnostics of open maps: refreshed as the user types (lightly debounced), with the `code:` path and image
 * file checks after; cleared when a map closes.
 */
import * as vscode from 'vscode';
import { finishProblems } from '../core/analyze';
import { getMapData, onDidChangeMapData } from '../dataFiles/mapDataCache';
import { forgetAnalysis, getAnalysis, getAnalysisAsync, takeFallbackFailure } from '../host/analysisCache';
import { logWarning } from '../host/log';
import { documentInsights } from '../host/documentInsights';
import { insightConfigs } from '../host/insightConfigs';
import { KeyedDebounce } from '../host/keyedDebounce';
import { imageProblemsOf } from '../mapImages/workspaceImages';
import { missingCodePathProblemsOf } from './codePathCheck';
import { toDiagnostic } from './problemDiagnostics';

/** How long typing must pause before a map is re-checked. */
const DEBOUNCE_MS = 150;

/** Keeps the `cjm` diagnostic collection in step with open maps. */
export class MapDiagnostics {
  private readonly pending = new KeyedDebounce(DEBOUNCE_MS);

  constructor(readonly collection: vscode.DiagnosticCollection) {}

  /** Creates the collection, checks maps already open and follows opens, edits and closes. */
  static register(context: vscode.ExtensionContext): MapDiagnostics {
    const diagnostics = new MapDiagnostics(vscode.languages.createDiagnosticCollection('cjm'));
    context.subscriptions.push(
      diagnostics.collection,
      vscode.workspace.onDidOpenTextDocument((d) => diagnostics.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && diagnostics.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => diagnostics.clear(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('journeyMaps.validation')) vscode.workspace.textDocuments.forEach((d) => diagnostics.refresh(d));
      }),
      diagnostics.pending,
      onDidChangeMapData((maps) => maps.forEach((uri) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (document) void diagnostics.refresh(document);
      })),
      insightConfigs.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => diagnostics.schedule(d))),
    );
    // `code:` paths are re-checked when files appear, vanish or move (a rename is a delete and a create).
    const files = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    const recheck = (): void => vscode.workspace.textDocuments.forEach((d) => diagnostics.schedule(d));
    context.subscriptions.push(files, files.onDidCreate(recheck), files.onDidDelete(recheck));
    vscode.workspace.textDocuments.forEach((d) => diagnostics.refresh(d));
    return diagnostics;
  }

  /** Re-checks a map after a short pause in typing. */
  schedule(document: vscode.TextDocument): void {
    if (document.languageId !== 'cjm') return;
    this.pending.schedule(document.uri.toString(), () => void this.refresh(document));
  }

  /**
   * Sets the core's problems with those of the map's data files, the insight findings and the missing code paths,
   * at once, unless the document changed meanwhile.
   */
  async refresh(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'cjm' || document.isClosed) return;
    // A map opened for the first time is analysed in slices, so a large one does not freeze the host.
    const analysis = await getAnalysisAsync(document);
    const failure = takeFallbackFailure(document.uri);
    if (failure !== undefined) logWarning(`The incremental analysis of ${document.uri.toString()} failed; the whole map was analysed instead`, failure);
    const version = document.version;
    // All parts first, then one set: setting the core problems before the disk was looked at made a
    // missing-code-path warning vanish and come back on every refresh.
    const [data, missing, images] = await Promise.all([getMapData(document), missingCodePathProblemsOf(document.uri, analysis),
      imageProblemsOf(document.uri, analysis)]);
    const findings = await documentInsights(document, analysis, data.metrics);
    if (document.isClosed || getAnalysis(document) !== analysis || document.version !== version) return; // a newer refresh is scheduled
    const problems = [...finishProblems([...analysis.problems, ...data.problems, ...findings, ...images], analysis.text), ...missing];
    this.collection.set(document.uri, problems.map((p) => toDiagnostic(document, p)));
  }

  /** Clears a closed map's diagnostics and cached analysis. */
  clear(document: vscode.TextDocument): void {
    this.pending.cancel(document.uri.toString());
    if (document.languageId === 'cjm' || this.collection.has(document.uri)) this.collection.delete(document.uri);
    forgetAnalysis(document.uri);
  }
}
