/**
 * The live document sessions, one per map document open in a map editor, and the workspace listeners
 * that feed them (text changes, cursor moves). One listener each, however many maps are open.
 */
import * as vscode from 'vscode';
import { onDidChangeMapData } from '../data/mapDataCache';
import { DocumentSession } from './documentSession';

const sessions = new Map<string, DocumentSession>();

/** The session of a document, created on first use; it ends when its last panel closes. */
export function sessionFor(document: vscode.TextDocument): DocumentSession {
  const key = document.uri.toString();
  let session = sessions.get(key);
  if (!session) {
    session = new DocumentSession(document, () => {
      sessions.get(key)?.dispose();
      sessions.delete(key);
    });
    sessions.set(key, session);
  }
  return session;
}

/** The session of the document at `uri`, if a map editor shows it. */
export function existingSession(uri: vscode.Uri): DocumentSession | undefined {
  return sessions.get(uri.toString());
}

/** The session whose panel is the active editor, if any. */
export function activeSession(): DocumentSession | undefined {
  return [...sessions.values()].find((s) => s.activePanel() !== undefined);
}

/** Routes text changes and text cursor moves to the sessions of their documents. */
export function registerSessionListeners(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) existingSession(event.document.uri)?.textChanged();
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      const session = existingSession(event.textEditor.document.uri);
      const active = event.selections[0]?.active;
      if (session && active) session.cursorMoved(event.textEditor.document.offsetAt(active));
    }),
    onDidChangeMapData((maps) => maps.forEach((uri) => existingSession(uri)?.dataChanged())),
    { dispose: () => { sessions.forEach((s) => s.dispose()); sessions.clear(); } },
  );
}
