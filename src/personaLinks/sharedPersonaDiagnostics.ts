/**
 * Diagnostics of shared personas: each personas file's own problems, and `unknown-shared-persona` for each `use:` of
 * an open map that no personas file defines. One collection, refreshed as documents change and whenever the
 * workspace index changes (a personas file created, edited or deleted).
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { personaUsesOf, unknownSharedPersonaProblems } from '../core/sharedPersonas/sharedPersonas';
import { getAnalysisAsync } from '../host/analysisCache';
import { KeyedDebounce } from '../host/keyedDebounce';
import { logError } from '../host/log';
import type { CrossFileProblems } from '../language/crossFileProblems';
import { toDiagnostic } from '../language/problemDiagnostics';
import { personasAnalysis, PERSONAS_LANGUAGE } from './personaPlaces';

const DEBOUNCE_MS = 300;

/** `unknown-shared-persona` of a map against the workspace's personas files (read only when the map has a `use:`). */
export function sharedPersonaProblems(index: WorkspaceIndex): CrossFileProblems {
  return async (analysis) => {
    const uses = personaUsesOf(analysis);
    return uses.length === 0 ? [] : unknownSharedPersonaProblems(uses, await index.personas());
  };
}

/** Keeps the `cjm-personas` collection in step with open maps and personas files. */
export class SharedPersonaDiagnostics {
  private readonly pending = new KeyedDebounce(DEBOUNCE_MS);

  constructor(private readonly index: WorkspaceIndex, readonly collection: vscode.DiagnosticCollection) {}

  /** Creates the collection and follows opens, edits, closes and index changes. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): SharedPersonaDiagnostics {
    const diagnostics = new SharedPersonaDiagnostics(index, vscode.languages.createDiagnosticCollection('cjm-personas'));
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

  /** Re-checks a document after a short pause. */
  schedule(document: vscode.TextDocument): void {
    if (document.languageId !== 'cjm' && document.languageId !== PERSONAS_LANGUAGE) return;
    this.pending.schedule(document.uri.toString(), () => {
      this.refresh(document).catch((error: unknown) => logError(`Checking the shared personas of ${document.uri.toString()}`, error));
    });
  }

  /** Checks now; a map without `use:` reads nothing of the workspace. */
  async refresh(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    if (document.languageId === PERSONAS_LANGUAGE) {
      this.collection.set(document.uri, personasAnalysis(document).problems.map((p) => toDiagnostic(document, p)));
      return;
    }
    const version = document.version;
    const analysis = await getAnalysisAsync(document);
    if (personaUsesOf(analysis).length === 0) return void this.collection.delete(document.uri);
    const problems = await sharedPersonaProblems(this.index)(analysis);
    if (document.isClosed || document.version !== version) return;
    this.collection.set(document.uri, problems.map((p) => toDiagnostic(document, p)));
  }
}
