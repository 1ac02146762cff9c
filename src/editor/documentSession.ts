/**
 * One session per map document open in map editors: it keeps every panel of that document in step with
 * the text (snapshots tagged with the document version), applies the panels' edits as single workspace
 * edits, reveals items in the text and forwards the text cursor as a highlight.
 */
import * as vscode from 'vscode';
import { finishProblems } from '../core/analyze';
import { buildView, itemPathAt } from '../core/buildView';
import type { DataResolution } from '../core/data/types';
import { getMapData } from '../dataFiles/mapDataCache';
import { computeEdit } from '../core/edits';
import { pathKey } from '../shared/viewModel';
import { assertNever, checkWebviewMessage } from '../shared/protocol';
import type { CompareBase, EditOp, HostMessage, WebviewMessage } from '../shared/protocol';
import type { JourneyView } from '../shared/viewModel';
import { fileNameOf, getAnalysis, getAnalysisAsync } from '../host/analysisCache';
import { hostLog, logError } from '../host/log';
import { documentInsights } from '../host/documentInsights';
import { insightConfigs } from '../host/insightConfigs';
import { revealPath } from './revealSource';
import type { CodeReferenceCounts } from './codeReferenceCounts';
import type { JourneyLinkService } from './journeyLinkService';
import { journeyLinkTexts } from '../core/journeyLinks';
import { t } from '../core/l10n/translate';
import { personaUsesOf, sharedPersonaEditRefusal, unknownSharedPersonaProblems, type SharedPersonaCatalog } from '../core/sharedPersonas/sharedPersonas';
import type { SharedPersonaSource } from '../host/sharedPersonaSource';
import { imageValuesOf, type MapImages } from '../core/images/imageRefs';
import { panelImages } from '../mapImages/editorImages';
import { openSharedPersona, sharedPersonaFiles } from './sharedPersonaFiles';
import { editResult, messageSummary, type EditOutcome } from './sessionMessages';

/** Text changes arriving within this many milliseconds share one snapshot. */
const SNAPSHOT_DELAY_MS = 4;
/** Insight findings follow the snapshots once typing pauses this long (the rules cost more than a snapshot). */
const INSIGHTS_DELAY_MS = 150;

/** Keeps the map editor panels of one document in sync with its text. */
export class DocumentSession implements vscode.Disposable {
  private readonly panels = new Set<vscode.WebviewPanel>();
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  private insightsTimer: ReturnType<typeof setTimeout> | undefined;
  /** The path key of the item last highlighted from the text cursor (read by the test commands). */
  lastHighlight: string | undefined;
  /** The version of the last snapshot sent to the panels (-1 before the first). */
  lastSnapshotVersion = -1;
  /** The metric data of the last snapshot sent (read by the test commands). */
  lastMetricData: JourneyView['metricData'];
  /** The persona names of the last snapshot sent, shared personas resolved (read by the test commands). */
  lastPersonaNames: string[] = [];
  /** How the last snapshot showed the map's images (read by the test commands). */
  lastImages: MapImages | undefined;
  /** Grows each time the map's data files change, so panels take a snapshot of the same version with new data. */
  private dataSeq = 0;

  /** The version the panels compare the map with ("Compare with…"), or null for the plain map. */
  compareBase: CompareBase | null = null;
  private markFirstSnapshot: () => void = () => undefined;
  /** Resolves once the first snapshot has been made for a panel (the map is on screen then). */
  readonly firstSnapshot = new Promise<void>((resolve) => { this.markFirstSnapshot = resolve; });

  private readonly disposables: vscode.Disposable[] = [];

  /** The `journey:` links the panels were last told about, joined (to re-send only when they change). */
  private journeyLinksKey = '';

  constructor(readonly document: vscode.TextDocument, private readonly onEmpty: () => void, private readonly counts?: CodeReferenceCounts,
    private readonly journeys?: JourneyLinkService, private readonly personas?: SharedPersonaSource) {
    this.disposables.push(insightConfigs.onDidChange(() => { for (const panel of this.panels) void this.postInsights(panel); }));
    if (counts) this.disposables.push(counts.onDidChange(() => { for (const panel of this.panels) void this.postCodeReferences(panel); }));
    if (journeys) this.disposables.push(journeys.onDidChange(() => { for (const panel of this.panels) void this.postJourneys(panel); }));
    // A personas file changed: a map that uses shared personas shows them anew (same text, new data).
    if (personas) this.disposables.push(personas.onDidChange(() => personaUsesOf(getAnalysis(this.document)).length > 0 && this.dataChanged()));
  }

  /** Sends a panel the targets of this map's `journey:` links and the links into this map. */
  private async postJourneys(panel: vscode.WebviewPanel): Promise<void> {
    if (!this.journeys) return;
    const analysis = getAnalysis(this.document);
    const links = journeyLinkTexts(analysis);
    this.journeyLinksKey = links.join('\n');
    const journeys = await this.journeys.journeysFor(analysis.mapId, links);
    if (this.panels.has(panel)) void panel.webview.postMessage({ type: 'journeys', ...journeys } satisfies HostMessage);
  }

  /** Re-sends the journeys when the map's own `journey:` links changed with its text. */
  private journeyLinksChanged(): boolean {
    return journeyLinkTexts(getAnalysis(this.document)).join('\n') !== this.journeyLinksKey;
  }

  /** Opens the target of a `journey:` link, as a click on its chip does; false when no map has its id. */
  async openJourney(link: string): Promise<boolean> {
    return this.journeys ? this.journeys.open(link) : false;
  }

  /** Opens the personas file at shared persona `id`, as a click on a persona card's "shared" link does; false when no file defines it. */
  openSharedPersona(id: string): Promise<boolean> {
    return openSharedPersona(this.personas, id);
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
      void this.broadcastSnapshot();
      clearTimeout(this.insightsTimer);
      this.insightsTimer = setTimeout(() => {
        this.insightsTimer = undefined;
        for (const panel of this.panels) void this.postInsights(panel);
      }, INSIGHTS_DELAY_MS);
    }, SNAPSHOT_DELAY_MS);
  }

  /** Called when a data file the map reads changed: every panel gets the same text with the new data. */
  dataChanged(): void {
    this.dataSeq++;
    void this.broadcastSnapshot();
  }

  /** Called when an image file appeared, changed or vanished: a map with pictures gets the same text with its images resolved again. */
  imagesChanged(): void {
    const model = getAnalysis(this.document).model;
    if (model && imageValuesOf(model).length > 0) this.dataChanged();
  }

  /** Resolves the map's data for the current version, then sends the snapshot unless the text moved on meanwhile. */
  private async broadcastSnapshot(): Promise<void> {
    const version = this.document.version;
    // Tagged with the data generation asked for: an older resolution finishing late never outranks a newer one.
    const dataSeq = this.dataSeq;
    const data = await getMapData(this.document);
    const catalog = await this.sharedPersonas();
    const images = await this.images();
    // A newer text version or data generation sends its own (a file change often comes as a create and a change).
    if (this.document.isClosed || this.document.version !== version || this.dataSeq !== dataSeq) return;
    this.broadcast(this.snapshot(data, dataSeq, catalog, images));
    if (this.journeys && this.journeyLinksChanged()) for (const panel of this.panels) void this.postJourneys(panel);
  }

  /** Sends a panel the insight findings of the current version (after its snapshot; they wait for the config). */
  private async postInsights(panel: vscode.WebviewPanel): Promise<void> {
    const version = this.document.version;
    const analysis = getAnalysis(this.document);
    const findings = await documentInsights(this.document, analysis, (await getMapData(this.document)).metrics);
    if (this.panels.has(panel) && this.document.version === version) {
      void panel.webview.postMessage({ type: 'insights', version, findings } satisfies HostMessage);
    }
  }

  /** Called when the cursor moves in a text editor of this document: highlights the item under it. */
  cursorMoved(offset: number): void {
    const path = itemPathAt(getAnalysis(this.document).doc, offset);
    const key = pathKey(path);
    if (key === this.lastHighlight) return;
    this.lastHighlight = key;
    this.broadcast({ type: 'highlight', path });
  }

  /** Applies an op made against `baseVersion`; refused when the text moved on, does not parse, or the op would break the map. */
  async applyEdit(op: EditOp, baseVersion: number): Promise<EditOutcome> {
    if (baseVersion !== this.document.version) return { ok: false, reason: 'stale' };
    const analysis = getAnalysis(this.document);
    if (!analysis.doc || analysis.doc.errors.length > 0 || !analysis.model) {
      return { ok: false, reason: 'unparsable', detail: t('The text does not read as a journey map; fix its problems before editing the map.') };
    }
    const shared = sharedPersonaEditRefusal(analysis.model, op);
    if (shared !== undefined) return { ok: false, reason: 'refused', detail: shared };
    const edit = computeEdit(analysis.text, analysis.doc, op);
    if ('error' in edit) return { ok: false, reason: edit.reason, detail: edit.error };
    if (edit.length === 0 && edit.newText === '') return { ok: true };
    const workspaceEdit = new vscode.WorkspaceEdit();
    const range = new vscode.Range(this.document.positionAt(edit.offset), this.document.positionAt(edit.offset + edit.length));
    workspaceEdit.replace(this.document.uri, range, edit.newText);
    // No await between the version check and here, so the edit lands on the text it was computed from.
    const applied = await vscode.workspace.applyEdit(workspaceEdit);
    return applied ? { ok: true } : { ok: false, reason: 'failed', detail: t('VS Code did not apply the edit (is the file read-only?)') };
  }

  /** Shows the map's changes since `base` in every panel of this document (null: back to the plain map). */
  setCompare(base: CompareBase | null): void {
    this.compareBase = base;
    this.broadcast({ type: 'compare', base });
  }

  /** Ends the session's pending work. */
  dispose(): void {
    if (this.snapshotTimer !== undefined) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    clearTimeout(this.insightsTimer);
    this.insightsTimer = undefined;
    this.disposables.forEach((d) => d.dispose());
  }

  /** The workspace's shared personas when the map uses some (read only then). */
  private async sharedPersonas(): Promise<SharedPersonaCatalog | undefined> {
    return this.personas && personaUsesOf(getAnalysis(this.document)).length > 0 ? this.personas.catalog() : undefined;
  }

  private images(): Promise<MapImages | undefined> {
    return panelImages(this.document.uri, getAnalysis(this.document).model, this.panels);
  }

  private snapshot(data: DataResolution, dataSeq: number, catalog: SharedPersonaCatalog | undefined, images: MapImages | undefined): HostMessage {
    const analysis = getAnalysis(this.document);
    const view = buildView(analysis, fileNameOf(this.document.uri), data.metrics, catalog);
    const shared = catalog ? unknownSharedPersonaProblems(personaUsesOf(analysis), catalog) : [];
    if (view && images) view.images = images;
    if (view && catalog) view.sharedPersonaFiles = sharedPersonaFiles(view.map, catalog);
    this.lastImages = view?.images;
    this.lastSnapshotVersion = this.document.version;
    this.lastMetricData = view?.metricData;
    this.lastPersonaNames = (view?.map.personas ?? []).map((p) => p.name);
    this.markFirstSnapshot();
    return {
      type: 'snapshot',
      version: this.document.version,
      dataSeq,
      view,
      problems: finishProblems([...analysis.problems, ...data.problems, ...shared], analysis.text),
    };
  }

  private async postSnapshot(panel: vscode.WebviewPanel): Promise<void> {
    const dataSeq = this.dataSeq;
    const data = await getMapData(this.document);
    const catalog = await this.sharedPersonas();
    const images = await this.images();
    if (!this.panels.has(panel)) return;
    void panel.webview.postMessage(this.snapshot(data, dataSeq, catalog, images));
    void this.postCodeReferences(panel);
    void this.postJourneys(panel);
  }

  private broadcast(message: HostMessage): void {
    for (const panel of this.panels) void panel.webview.postMessage(message);
  }

  private async onMessage(panel: vscode.WebviewPanel, raw: unknown): Promise<void> {
    const checked = checkWebviewMessage(raw);
    if (!('message' in checked)) {
      hostLog().warn(`Ignored a malformed map editor message (${checked.error}): ${messageSummary(raw)}`);
      // An edit the map editor would not send is answered, so the map says why nothing happened.
      if (checked.editId !== undefined) void panel.webview.postMessage(editResult(checked.editId, { ok: false, reason: 'malformed', detail: checked.error }));
      return;
    }
    const message: WebviewMessage = checked.message;
    switch (message.type) {
      case 'ready':
        // The first snapshot of a map not analysed yet waits for an analysis made in slices (no long freeze).
        await getAnalysisAsync(this.document);
        await this.postSnapshot(panel);
        if (this.compareBase && this.panels.has(panel)) void panel.webview.postMessage({ type: 'compare', base: this.compareBase } satisfies HostMessage);
        void this.postInsights(panel);
        return;
      case 'edit': {
        const outcome = await this.applyEdit(message.op, message.baseVersion);
        if (!outcome.ok) hostLog().info(`Edit ${message.op.kind} refused (${outcome.reason}${outcome.detail ? `: ${outcome.detail}` : ''}) on ${this.document.uri.toString()}`);
        void panel.webview.postMessage(editResult(message.id, outcome));
        if (!outcome.ok && outcome.reason === 'stale') await this.postSnapshot(panel);
        return;
      }
      case 'reveal':
        await revealPath(this.document, getAnalysis(this.document), message.path);
        return;
      case 'export':
        await vscode.commands.executeCommand('cjm.export', this.document.uri);
        return;
      case 'compareWith':
        await vscode.commands.executeCommand('cjm.compareWith', this.document.uri);
        return;
      case 'endCompare':
        this.setCompare(null);
        return;
      case 'openJourney':
        await this.openJourney(message.link);
        return;
      case 'openSharedPersona':
        await this.openSharedPersona(message.id);
        return;
      default:
        assertNever(message);
    }
  }
}
