/**
 * The webview's state: the last good snapshot (kept while the text does not parse), its version, the
 * highlight, the transient status, and the UI state (filters, hidden lanes, scroll) persisted with setState.
 */
import { t } from '../src/core/l10n/translate';
import type { Path, Problem } from '../src/core/types';
import type { CompareBase, EditOp, EditRefusal, HostMessage, MapJourneys } from '../src/shared/protocol';
import type { JourneyView } from '../src/shared/viewModel';
import type { MapFilters } from './components/JourneyMap';
import { editAnnouncement } from './editAnnouncement';
import { shareStructure } from './shareStructure';
import type { VsCodeApi } from './vscodeApi';

/** What the webview remembers across reloads (vscode setState). */
export interface UiState {
  filters: MapFilters;
  scrollLeft: number;
  scrollTop: number;
}

/** The whole state the App renders. */
export interface StoreState {
  /** Version of the last accepted snapshot; -1 before the first. */
  version: number;
  /** Data generation of the last accepted snapshot (grows when the map's data files change). */
  dataSeq: number;
  /** The last map that parsed; stays while the text is broken. */
  view: JourneyView | null;
  /** True while the latest snapshot had no view (the text does not parse): edits are off. */
  broken: boolean;
  problems: Problem[];
  highlight: Path | null;
  /** Touchpoint id → how many comments in the workspace's code name it. */
  codeReferences: Record<string, number>;
  /** Where the map's `journey:` links lead and what links into it; null until the host sent them. */
  journeys: MapJourneys | null;
  /** The insight findings of the newest version the host sent them for, and that version (-1 before any). */
  insights: Problem[];
  insightsVersion: number;
  /** A transient message (after a delete, a refused edit); `statusSeq` changes with each one. */
  status: string | null;
  statusSeq: number;
  ui: UiState;
  /** In diff mode: the version the map is compared with ("Compare with…"); null for the plain map. */
  compare: CompareBase | null;
}

/** How long after Ctrl+Z a change of the text still counts as that undo (VS Code answers within milliseconds). */
const HISTORY_WINDOW_MS = 3000;

const DEFAULT_UI: UiState = { filters: { persona: null, channel: null, hiddenLanes: [] }, scrollLeft: 0, scrollTop: 0 };

/** What a refused edit did, in the active language (looked up when shown, after the language is set). */
function refusal(reason: EditRefusal | undefined): string {
  switch (reason) {
    case 'stale': return t('The text changed meanwhile, so the map was refreshed. Try again.');
    case 'unparsable': return t('The text has an error: fix it before editing the map. Nothing was changed.');
    case 'malformed': return t('The map editor sent an edit it should not have; nothing was changed.');
    case 'refused': return t('That edit was not made, so the rest of the map stays as it is.');
    default: return t('VS Code did not apply the edit; nothing was changed.');
  }
}

/** The status line for a refused edit: what happened, then the host's own words on what stood in the way. */
function refusalText(reason: EditRefusal | undefined, detail: string | undefined): string {
  const text = refusal(reason);
  return detail ? `${text} ${detail}` : text;
}

function restoreUi(raw: unknown): UiState {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_UI;
  const ui = raw as Partial<UiState>;
  const f = (ui.filters ?? {}) as Partial<MapFilters>;
  return {
    filters: {
      persona: typeof f.persona === 'string' ? f.persona : null,
      channel: typeof f.channel === 'string' ? f.channel : null,
      hiddenLanes: Array.isArray(f.hiddenLanes) ? f.hiddenLanes.filter((k) => typeof k === 'string') : [],
    },
    scrollLeft: typeof ui.scrollLeft === 'number' ? ui.scrollLeft : 0,
    scrollTop: typeof ui.scrollTop === 'number' ? ui.scrollTop : 0,
  };
}

function isHostMessage(raw: unknown): raw is HostMessage {
  const type = (raw as { type?: unknown } | null)?.type;
  return type === 'snapshot' || type === 'highlight' || type === 'editResult' || type === 'codeReferences' || type === 'compare' || type === 'insights'
    || type === 'journeys';
}

/** The store: host messages in, edits and reveals out, subscribers told of every change. */
export class MapStore {
  state: StoreState;
  private listeners = new Set<() => void>();
  private nextEditId = 1;
  /** What to announce in the live region when the host confirms each edit sent, by edit id. */
  private announcements = new Map<number, string | null>();
  /** Undo or redo pressed in the map, and when: the change it brings (the next snapshot) is announced. */
  private history: { kind: 'undo' | 'redo'; at: number } | null = null;

  constructor(private readonly api: VsCodeApi) {
    this.state = { version: -1, dataSeq: -1, view: null, broken: false, problems: [], highlight: null, codeReferences: {}, journeys: null, insights: [], insightsVersion: -1,
      status: null, statusSeq: 0, ui: restoreUi(api.getState()), compare: null };
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether the map may be edited now. */
  get editable(): boolean {
    return this.state.view !== null && !this.state.broken;
  }

  /** Handles one message from the host; anything else is ignored. */
  receive(raw: unknown): void {
    if (!isHostMessage(raw)) return;
    switch (raw.type) {
      case 'snapshot': {
        // Echoes and reordered deliveries: only a newer version (or newer data of the same version) replaces what is shown.
        const newer = raw.version > this.state.version || (raw.version === this.state.version && raw.dataSeq > this.state.dataSeq);
        if (!newer) return;
        const view = raw.view ? shareStructure(this.state.view, raw.view) : this.state.view;
        this.update({ version: raw.version, dataSeq: raw.dataSeq, view, broken: raw.view === null, problems: raw.problems });
        this.announceHistory();
        return;
      }
      case 'highlight':
        this.update({ highlight: raw.path });
        return;
      case 'codeReferences':
        this.update({ codeReferences: raw.counts });
        return;
      case 'journeys':
        this.update({ journeys: { targets: raw.targets, incoming: raw.incoming } });
        return;
      case 'insights':
        // A config change re-sends the same version: equal versions replace, older ones are dropped.
        if (raw.version < this.state.insightsVersion) return;
        this.update({ insights: raw.findings, insightsVersion: raw.version });
        return;
      case 'editResult': {
        const announcement = this.announcements.get(raw.id);
        this.announcements.delete(raw.id);
        if (!raw.ok) this.setStatus(refusalText(raw.reason, raw.detail));
        else if (announcement) this.setStatus(announcement);
        return;
      }
      case 'compare':
        this.update({ compare: raw.base });
        return;
    }
  }

  /** Sends an edit against the last snapshot; returns its id, or null when editing is off. */
  edit(op: EditOp): number | null {
    if (!this.editable) {
      this.setStatus(t('The text has an error: fix it before editing the map.'));
      return null;
    }
    const id = this.nextEditId++;
    this.announcements.set(id, this.state.view ? editAnnouncement(op, this.state.view.map) : null);
    this.api.postMessage({ type: 'edit', id, baseVersion: this.state.version, op });
    return id;
  }

  /** Asks the host to show the source of `path` in the text editor. */
  reveal(path: Path): void {
    this.api.postMessage({ type: 'reveal', path });
  }

  /** Shows an item in both places: highlighted in the map at once, and its source selected in the text. */
  revealInMapAndText(mapPath: Path, textPath: Path): void {
    this.update({ highlight: mapPath });
    this.reveal(textPath);
  }

  /** Asks the host to open the map a `journey:` link names (`<map-id>` or `<map-id>/<stage-id>`). */
  openJourney(link: string): void {
    this.api.postMessage({ type: 'openJourney', link });
  }

  /** Asks the host to open the `*.personas.yaml` file at the shared persona `id`. */
  openSharedPersona(id: string): void {
    this.api.postMessage({ type: 'openSharedPersona', id });
  }

  /** Asks the host to run "Journey Map: Export..." on this map. */
  requestExport(): void {
    this.api.postMessage({ type: 'export' });
  }

  /** Asks the host to run "Journey Map: Compare with…" on this map. */
  requestCompare(): void {
    this.api.postMessage({ type: 'compareWith' });
  }

  /** Leaves diff mode: back to the plain map (the host forgets the compared version). */
  endCompare(): void {
    this.update({ compare: null });
    this.api.postMessage({ type: 'endCompare' });
  }

  /**
   * Undo (`undo`) or redo was pressed in the map: VS Code undoes the text, and the snapshot that follows within a few
   * seconds is announced as "Undone." or "Redone.".
   */
  noteHistoryKey(kind: 'undo' | 'redo', now = Date.now()): void {
    this.history = { kind, at: now };
  }

  private announceHistory(now = Date.now()): void {
    const history = this.history;
    this.history = null;
    if (!history || now - history.at > HISTORY_WINDOW_MS) return;
    this.setStatus(history.kind === 'undo' ? t('Undone.') : t('Redone.'));
  }

  /** Shows a transient status message. */
  setStatus(text: string | null): void {
    this.update({ status: text, statusSeq: this.state.statusSeq + 1 });
  }

  /** Changes filters or hidden lanes, and persists them. */
  setFilters(filters: Partial<MapFilters>): void {
    this.setUi({ filters: { ...this.state.ui.filters, ...filters } });
  }

  /** Records the scroll position (persisted, not re-rendered). */
  setScroll(scrollLeft: number, scrollTop: number): void {
    this.state = { ...this.state, ui: { ...this.state.ui, scrollLeft, scrollTop } };
    this.api.setState(this.state.ui);
  }

  private setUi(ui: Partial<UiState>): void {
    this.update({ ui: { ...this.state.ui, ...ui } });
    this.api.setState(this.state.ui);
  }

  private update(patch: Partial<StoreState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }
}
