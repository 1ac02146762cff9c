/**
 * A diagnostic collection for problems that depend on other files of the workspace (`journey:` links, shared
 * personas): kept in step with the open documents of some languages, after a pause in typing, and checked again
 * whenever the workspace index changes (a file created, edited or deleted elsewhere).
 */
import * as vscode from 'vscode';
import { getAnalysisAsync } from '../host/analysisCache';
import { KeyedDebounce } from '../host/keyedDebounce';
import type { CrossFileProblems } from '../language/crossFileProblems';
import { toDiagnostic } from '../language/problemDiagnostics';
import type { WorkspaceIndex } from './workspaceIndex';

const DEBOUNCE_MS = 300;

/** What one such collection checks, and how. */
export interface IndexedCheck {
  /** The collection's name. */
  readonly name: string;
  /** The languages of the documents it checks. */
  readonly languages: readonly string[];
  /** The document's diagnostics now; undefined when the document changed meanwhile (its newer check sets them). */
  check(document: vscode.TextDocument): Promise<vscode.Diagnostic[] | undefined>;
  /** Tells the user, or the log, that checking a document failed. */
  failed(document: vscode.TextDocument, error: unknown): void;
}

/**
 * The diagnostics of the cross-file problems `problemsOf` finds in a map document's analysis; undefined when the
 * document changed while they were found (its newer check sets them).
 */
export async function mapDiagnostics(document: vscode.TextDocument, problemsOf: CrossFileProblems): Promise<vscode.Diagnostic[] | undefined> {
  const version = document.version;
  const problems = await problemsOf(await getAnalysisAsync(document));
  return document.version === version ? problems.map((p) => toDiagnostic(document, p)) : undefined;
}

/** Creates the collection of `check` and follows opens, edits, closes and index changes. */
export function registerIndexedDiagnostics(context: vscode.ExtensionContext, index: WorkspaceIndex, check: IndexedCheck): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection(check.name);
  const pending = new KeyedDebounce(DEBOUNCE_MS);
  const refresh = async (document: vscode.TextDocument): Promise<void> => {
    if (document.isClosed) return;
    const diagnostics = await check.check(document);
    if (diagnostics && !document.isClosed) collection.set(document.uri, diagnostics);
  };
  const schedule = (document: vscode.TextDocument): void => {
    if (!check.languages.includes(document.languageId)) return;
    pending.schedule(document.uri.toString(), () => void refresh(document).catch((error: unknown) => check.failed(document, error)));
  };
  const scheduleAll = (): void => vscode.workspace.textDocuments.forEach(schedule);
  context.subscriptions.push(
    collection, pending,
    vscode.workspace.onDidOpenTextDocument(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    index.onDidChange(scheduleAll),
  );
  scheduleAll();
  return collection;
}
