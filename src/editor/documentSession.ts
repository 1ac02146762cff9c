/**
 * One session per map document open in map editors: it keeps every panel of that document in step with
 * the text (snapshots tagged with the document version), applies the panels' edits as single workspace
 * edits, reveals items in the text and forwards the text cursor as a highlight.
 */
import * as vscode from 'vscode';
import { buildView, itemPathAt } from '../core/buildView';
import { computeEdit } from '../core/edits';
import { pathKey } from '../shared/viewModel';
import { assertNever, parseWebviewMessage } from '../shared/protocol';
import type { EditOp, EditRefusal, HostMessage, WebviewMessage } from '../shared/protocol';
import { fileNameOf, getAnalysis, getAnalysisAsync } from '../host/analysisCache';
import { hostLog, logError } from '../host/log';
import { revealPath } from './revealSource';
import type { CodeReferenceCounts } from './codeReferenceCounts';

/** Text changes arriving within this many milliseconds share one snapshot. */
const SNAPSHOT_DELAY_MS = 4;

/** The outcome of an edit: applied, or refused with a reason (and, for `failed`, why). */
export type EditOutcome = { ok: true } | { ok: false; reason: EditRefusal; detail?: string };

/** Keeps the map editor panels of one document in sync with its text. */
export class DocumentSession implements vscode.Disposable {
  private readonly panels = new Set<vscode.WebviewPanel>();
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  /** The path key of the item last highlighted from the text cursor (read by the test commands). */
  lastHighlight: string | undefined;
  /** The version of the last snapshot sent to the panels (-1 before the first). */
  lastSnapshotVersion = -1;
  private markFirstSnapshot: () => void = () => undefined;
  /** Resolves once the first snapshot has been made for a panel (the map is on screen then). */
  readonly firstSnapshot = new Promise<void>((resolve) => { this.markFirstSnapshot = resolve; });

  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly document: vscode.TextDocument, private readonly onEmpty: () => void, private readonly counts?: CodeReferenceCounts) {
    if (counts) this.disposables.push(counts.onDidChange(() => { for (const panel of this.panels) void this.postCodeReferences(panel); }));
  }

  /** Sends a panel how many comments in code name each touchpoint of this map (nothing without a map id). */
  private async postCodeReferences(panel: vscode.WebviewPanel): Promise<void> {
    const mapId = getAnalysis(this.document).mapId;
    if (!this.counts || !mapId) return;
    const counts = await this.counts.countsFor(mapId);
    if (this.panels.has(panel)) void panel.webview.postMessage({ type: 'codeReferences', counts } satisfies HostMessage);
  }

  /** How many map editor panels show this document. */
  get panelCount(): number {
    return this.panels.size;
  }

  /** Adds a panel: listens to its messages, and ends the session when the last panel closes. */
  addPanel(panel: vscode.WebviewPanel): void {
    this.panels.add(panel);
    const subscriptions = [
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(panel, raw).catch((error: unknown) =>
        logError(`Map editor message ${messageSummary(raw)} on ${this.document.uri.toString()}`, error))),
      panel.onDidDispose(() => {
        subscriptions.forEach((s) => s.dispose());
        this.panels.delete(panel);
        if (this.panels.size === 0) this.onEmpty();
      }),
    ];
  }

  /** The panel most recently active, if any is still open. */
  activePanel(): vscode.WebviewPanel | undefined {
    return [...this.panels].find((p) => p.active);
  }

  /** Called on every change of the document's text: one snapshot for a burst of changes. */
  textChanged(): void {
    if (this.snapshotTimer !== undefined) return;
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = undefined;
      this.broadcast(this.snapshot());
    }, SNAPSHOT_DELAY_MS);
  }

  /** Called when the cursor moves in a text editor of this document: highlights the item under it. */
  cursorMoved(offset: number): void {
    const path = itemPathAt(getAnalysis(this.document).doc, offset);
    const key = pathKey(path);
    if (key === this.lastHighlight) return;
    this.lastHighlight = key;
    this.broadcast({ type: 'highlight', path });
  }

  /** Applies an op made against `baseVersion`; refused when the text moved on, does not parse, or the op does not fit. */
  async applyEdit(op: EditOp, baseVersion: number): Promise<EditOutcome> {
    if (baseVersion !== this.document.version) return { ok: false, reason: 'stale' };
    const analysis = getAnalysis(this.document);
    if (!analysis.doc || analysis.doc.errors.length > 0 || !analysis.model) return { ok: false, reason: 'invalid' };
    const edit = computeEdit(analysis.text, analysis.doc, op);
    if ('error' in edit) return { ok: false, reason: 'failed', detail: edit.error };
    if (edit.length === 0 && edit.newText === '') return { ok: true };
    const workspaceEdit = new vscode.WorkspaceEdit();
    const range = new vscode.Range(this.document.positionAt(edit.offset), this.document.positionAt(edit.offset + edit.length));
    workspaceEdit.replace(this.document.uri, range, edit.newText);
    // No await between the version check and here, so the edit lands on the text it was computed from.
    const applied = await vscode.workspace.applyEdit(workspaceEdit);
    return applied ? { ok: true } : { ok: false, reason: 'failed', detail: 'VS Code did not apply the edit' };
  }

  /** Ends the session's pending work. */
  dispose(): void {
    if (this.snapshotTimer !== undefined) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    this.disposables.forEach((d) => d.dispose());
  }

  private snapshot(): HostMessage {
    const analysis = getAnalysis(this.document);
    this.lastSnapshotVersion = this.document.version;
    this.markFirstSnapshot();
    return {
      type: 'snapshot',
      version: this.document.version,
      view: buildView(analysis, fileNameOf(this.document.uri)),
      problems: analysis.problems,
    };
  }

  private broadcast(message: HostMessage): void {
    for (const panel of this.panels) void panel.webview.postMessage(message);
  }

  private async onMessage(panel: vscode.WebviewPanel, raw: unknown): Promise<void> {
    const message: WebviewMessage | null = parseWebviewMessage(raw);
    if (!message) {
      hostLog().warn(`Ignored a malformed map editor message: ${messageSummary(raw)}`);
      return;
    }
    switch (message.type) {
      case 'ready':
        // The first snapshot of a map not analysed yet waits for an analysis made in slices (no long freeze).
        await getAnalysisAsync(this.document);
        if (!this.panels.has(panel)) return;
        void panel.webview.postMessage(this.snapshot());
        void this.postCodeReferences(panel);
        return;
      case 'edit': {
        const outcome = await this.applyEdit(message.op, message.baseVersion);
        if (!outcome.ok) hostLog().info(`Edit ${message.op.kind} refused (${outcome.reason}${outcome.detail ? `: ${outcome.detail}` : ''}) on ${this.document.uri.toString()}`);
        const result: HostMessage = outcome.ok
          ? { type: 'editResult', id: message.id, ok: true }
          : { type: 'editResult', id: message.id, ok: false, reason: outcome.reason };
        void panel.webview.postMessage(result);
        if (!outcome.ok && outcome.reason === 'stale') void panel.webview.postMessage(this.snapshot());
        return;
      }
      case 'reveal':
        await revealPath(this.document, getAnalysis(this.document), message.path);
        return;
      case 'export':
        await vscode.commands.executeCommand('cjm.export', this.document.uri);
        return;
      default:
        assertNever(message);
    }
  }
}

/** A short text of an untrusted message, for the log (never the whole of a huge one). */
function messageSummary(raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch (error) {
    text = `(not JSON: ${String(error)})`;
  }
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
}
