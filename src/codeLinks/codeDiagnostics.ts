/**
 * Warnings on code references that name no map or no touchpoint (with did-you-mean), and on text after the
 * marker that is not `map-id/touchpoint-id`. For open source documents; refreshed when they change and
 * when the index of maps changes.
 */
import * as vscode from 'vscode';
import { codeReferenceProblem, malformedReferenceProblem } from '../core/codeReferences';
import type { Problem } from '../core/types';
import { KeyedDebounce } from '../host/keyedDebounce';
import { toDiagnostic } from '../language/problemDiagnostics';
import { documentReferences, forgetDocumentReferences } from './documentReferences';
import { referenceMarker } from './sourceFiles';
import type { WorkspaceIndex } from './workspaceIndex';

/** How long typing must pause before a source document is re-checked. */
const DEBOUNCE_MS = 200;

const SCHEMES = new Set(['file', 'untitled', 'vscode-vfs']);

/** Keeps the code-reference diagnostic collection in step with open source documents. */
export class CodeDiagnostics {
  private readonly pending = new KeyedDebounce(DEBOUNCE_MS);

  constructor(private readonly collection: vscode.DiagnosticCollection, private readonly index: WorkspaceIndex) {}

  /** Creates the collection and follows opens, edits, closes and index changes. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): CodeDiagnostics {
    const diagnostics = new CodeDiagnostics(vscode.languages.createDiagnosticCollection('cjm-code-references'), index);
    context.subscriptions.push(
      diagnostics.collection,
      vscode.workspace.onDidOpenTextDocument((d) => void diagnostics.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && diagnostics.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => diagnostics.clear(d)),
      index.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => void diagnostics.refresh(d))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('journeyMaps.codeReferences')) vscode.workspace.textDocuments.forEach((d) => void diagnostics.refresh(d));
      }),
      diagnostics.pending,
    );
    vscode.workspace.textDocuments.forEach((d) => void diagnostics.refresh(d));
    return diagnostics;
  }

  /** Re-checks a document after a short pause in typing. */
  schedule(document: vscode.TextDocument): void {
    this.pending.schedule(document.uri.toString(), () => void this.refresh(document));
  }

  /** Checks a document's references against the maps; a document without any costs one substring search. */
  async refresh(document: vscode.TextDocument): Promise<void> {
    if (document.languageId === 'cjm' || document.isClosed || !SCHEMES.has(document.uri.scheme)) return;
    const scan = documentReferences(document);
    if (scan.references.length === 0 && scan.malformed.length === 0) {
      if (this.collection.has(document.uri)) this.collection.delete(document.uri);
      return;
    }
    const version = document.version;
    const store = await this.index.maps();
    if (document.isClosed || document.version !== version) return;
    const marker = referenceMarker();
    const problems: Problem[] = [
      ...scan.references.map((r) => codeReferenceProblem(r, store)).filter((p): p is Problem => !!p),
      ...scan.malformed.map((m) => malformedReferenceProblem(m, marker)),
    ];
    this.collection.set(document.uri, problems.map((p) => toDiagnostic(document, p)));
  }

  /** Clears a closed document's diagnostics. */
  clear(document: vscode.TextDocument): void {
    this.pending.cancel(document.uri.toString());
    this.collection.delete(document.uri);
    forgetDocumentReferences(document.uri);
  }
}
