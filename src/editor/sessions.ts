/**
 * The live document sessions, one per map document open in a map editor, and the workspace listeners
 * that feed them (text changes, cursor moves). One listener each, however many maps are open. One instance,
 * made by registerMapEditor and handed to whoever needs a session (provider, commands, tests).
 */
import * as vscode from 'vscode';
import type { CodeReferenceCounts } from './codeReferenceCounts';
import { DocumentSession } from './documentSession';

/** Every document session of the map editor. */
export class DocumentSessions implements vscode.Disposable {
  private readonly sessions = new Map<string, DocumentSession>();
  private readonly listeners: vscode.Disposable[] = [];

  constructor(private readonly counts?: CodeReferenceCounts) {}

  /** The session of a document, created on first use; it ends when its last panel closes. */
  sessionFor(document: vscode.TextDocument): DocumentSession {
    const key = document.uri.toString();
    let session = this.sessions.get(key);
    if (!session) {
      session = new DocumentSession(document, () => {
        this.sessions.get(key)?.dispose();
        this.sessions.delete(key);
      }, this.counts);
      this.sessions.set(key, session);
    }
    return session;
  }

  /** The session of the document at `uri`, if a map editor shows it. */
  existing(uri: vscode.Uri): DocumentSession | undefined {
    return this.sessions.get(uri.toString());
  }

  /** The session whose panel is the active editor, if any. */
  active(): DocumentSession | undefined {
    return [...this.sessions.values()].find((s) => s.activePanel() !== undefined);
  }

  /** Highlights the item at `offset` in the map editor of `uri`; false until that editor has its first snapshot. */
  highlight(uri: vscode.Uri, offset: number): boolean {
    const session = this.existing(uri);
    if (!session || session.lastSnapshotVersion < 0) return false;
    session.cursorMoved(offset);
    return true;
  }

  /** Routes text changes and text cursor moves to the sessions of their documents. */
  listen(): void {
    this.listeners.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.existing(event.document.uri)?.textChanged();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const session = this.existing(event.textEditor.document.uri);
        const active = event.selections[0]?.active;
        if (session && active) session.cursorMoved(event.textEditor.document.offsetAt(active));
      }),
    );
  }

  /** Stops listening and ends every session. */
  dispose(): void {
    this.listeners.forEach((l) => l.dispose());
    this.sessions.forEach((s) => s.dispose());
    this.sessions.clear();
  }
}
