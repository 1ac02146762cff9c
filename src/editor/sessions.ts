/**
 * The live document sessions, one per map document open in a map editor, and the workspace listeners
 * that feed them (text changes, cursor moves). One listener each, however many maps are open. One instance,
 * made by registerMapEditor and handed to whoever needs a session (provider, commands, tests).
 */
import * as vscode from 'vscode';
import { onDidChangeMapData } from '../dataFiles/mapDataCache';
import { imageMimeType } from '../core/images/imageRefs';
import type { CodeReferenceCounts } from './codeReferenceCounts';
import { DocumentSession } from './documentSession';
import type { JourneyLinkService } from './journeyLinkService';
import type { SharedPersonaSource } from '../host/sharedPersonaSource';

/** Every document session of the map editor. */
export class DocumentSessions implements vscode.Disposable {
  private readonly sessions = new Map<string, DocumentSession>();
  private readonly listeners: vscode.Disposable[] = [];
  /** Callers waiting for the session of a document (by URI) that a map editor is still opening. */
  private readonly waiting = new Map<string, Set<(session: DocumentSession) => void>>();

  constructor(private readonly counts?: CodeReferenceCounts, private readonly journeys?: JourneyLinkService,
    private readonly personas?: SharedPersonaSource) {}

  /** The session of a document, created on first use; it ends when its last panel closes. */
  sessionFor(document: vscode.TextDocument): DocumentSession {
    const key = document.uri.toString();
    let session = this.sessions.get(key);
    if (!session) {
      session = new DocumentSession(document, () => {
        this.sessions.get(key)?.dispose();
        this.sessions.delete(key);
      }, this.counts, this.journeys, this.personas);
      this.sessions.set(key, session);
      const created = session;
      this.waiting.get(key)?.forEach((resolve) => resolve(created));
      this.waiting.delete(key);
    }
    return session;
  }

  /**
   * The session of `uri` once a map editor shows it, waiting at most `timeoutMs` (`vscode.openWith` can resolve
   * before the editor's provider has run, on a busy machine); undefined when none opened in time.
   */
  opened(uri: vscode.Uri, timeoutMs: number): Promise<DocumentSession | undefined> {
    const now = this.existing(uri);
    if (now) return Promise.resolve(now);
    const key = uri.toString();
    return new Promise((resolve) => {
      const waiters = this.waiting.get(key) ?? new Set();
      const waiter = (session: DocumentSession | undefined): void => {
        clearTimeout(timer);
        waiters.delete(waiter);
        resolve(session);
      };
      const timer = setTimeout(() => waiter(undefined), timeoutMs);
      waiters.add(waiter);
      this.waiting.set(key, waiters);
    });
  }

  /** The session of the document at `uri`, if a map editor shows it. */
  existing(uri: vscode.Uri): DocumentSession | undefined {
    return this.sessions.get(uri.toString());
  }

  /** The session whose panel is the active editor, if any. */
  active(): DocumentSession | undefined {
    return [...this.sessions.values()].find((s) => s.activePanel() !== undefined);
  }

  /**
   * Highlights the item at `offset` in the map editor of `uri` once that editor has its first snapshot; false
   * when no map editor shows `uri` (or opens it), or it does not get ready within `timeoutMs`.
   */
  async highlightWhenReady(uri: vscode.Uri, offset: number, timeoutMs: number): Promise<boolean> {
    const session = await this.opened(uri, timeoutMs);
    if (!session) return false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); });
    const ready = await Promise.race([session.firstSnapshot.then(() => true as const), gaveUp]);
    clearTimeout(timer);
    if (ready) session.cursorMoved(offset);
    return ready;
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
      onDidChangeMapData((maps) => maps.forEach((uri) => this.existing(uri)?.dataChanged())),
    );
    // A picture that appears, changes or vanishes changes what the maps naming it show (a changed file gets a new
    // webview URI). A deleted folder is reported as the folder alone, so every deletion counts; only image files count
    // when created or changed.
    const files = vscode.workspace.createFileSystemWatcher('**/*');
    const imagesChanged = (): void => this.sessions.forEach((session) => session.imagesChanged());
    const imageFileChanged = (uri: vscode.Uri): void => { if (imageMimeType(uri.path)) imagesChanged(); };
    this.listeners.push(files, files.onDidCreate(imageFileChanged), files.onDidChange(imageFileChanged), files.onDidDelete(imagesChanged));
  }

  /** Stops listening and ends every session. */
  dispose(): void {
    this.listeners.forEach((l) => l.dispose());
    this.sessions.forEach((s) => s.dispose());
    this.sessions.clear();
  }
}
