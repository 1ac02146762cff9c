/**
 * The map editor app: toolbar, error banner, the scrolling map (only the stage columns near the viewport
 * are rendered for large maps) and the transient status line. All DOM work lives here and in effects.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Path } from '../src/core/types';
import type { EditOp } from '../src/shared/protocol';
import { DiffContext } from './components/diffContext';
import { buildDiffMarks } from './components/diffMarks';
import { DiffSummary } from './components/DiffSummary';
import { ErrorBanner } from './components/ErrorBanner';
import { elementPathOf } from './components/insightGroups';
import { InsightsPanel } from './components/InsightsPanel';
import { JourneyMap } from './components/JourneyMap';
import { Toolbar } from './components/Toolbar';
import type { MapStore, StoreState } from './store';

/** Above this many stages only the columns near the viewport are rendered. */
const WINDOW_FROM = 24;
/** Extra columns rendered on each side of the viewport when the window moves. */
const BUFFER = 5;

type StageWindow = { first: number; last: number };

function useStore(store: MapStore): StoreState {
  const [state, setState] = useState(store.state);
  useEffect(() => store.subscribe(() => setState(store.state)), [store]);
  return state;
}

/** The stage columns in view, and the window to render: unchanged while it still covers the view. */
function nextWindow(scroller: HTMLElement, count: number, current: StageWindow): StageWindow {
  const stage = scroller.querySelector<HTMLElement>('.cell--stage');
  const lane = scroller.querySelector<HTMLElement>('.corner');
  const width = stage?.offsetWidth || 260;
  const left = scroller.scrollLeft - (lane?.offsetWidth ?? 0);
  const first = Math.max(0, Math.floor(left / width));
  const last = Math.min(count - 1, Math.ceil((left + scroller.clientWidth) / width));
  // Hysteresis: re-render only when the view reaches the window's edge, then jump a whole buffer ahead.
  if (first >= current.first && last <= current.last) return current;
  return { first: Math.max(0, first - BUFFER), last: Math.min(count - 1, last + BUFFER) };
}

function useStageWindow(scroller: { current: HTMLDivElement | null }, count: number, highlight: Path | null) {
  const [win, setWin] = useState<StageWindow>({ first: 0, last: Math.min(count, 12) - 1 });
  const update = useCallback(() => {
    const el = scroller.current;
    if (!el || count <= WINDOW_FROM) return;
    setWin((w) => nextWindow(el, count, w));
  }, [count]);
  useLayoutEffect(update, [update]);
  useEffect(() => {
    const h = highlight?.[0] === 'stages' && typeof highlight[1] === 'number' ? highlight[1] : -1;
    if (count > WINDOW_FROM && h >= 0 && (h < win.first || h > win.last)) {
      setWin({ first: Math.max(0, h - BUFFER), last: Math.min(count - 1, h + BUFFER) });
    }
  }, [highlight]);
  return { win: count > WINDOW_FROM ? win : undefined, update };
}

/** The app, bound to one store (the host messages arrive through it). */
export function App({ store }: { store: MapStore }) {
  const state = useStore(store);
  const scroller = useRef<HTMLDivElement>(null);
  const count = state.view?.map.stages.length ?? 0;
  const { win, update } = useStageWindow(scroller, count, state.highlight);
  const frame = useRef(0);
  const hasView = state.view !== null;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollLeft = store.state.ui.scrollLeft;
    el.scrollTop = store.state.ui.scrollTop;
    update();
  }, [hasView]);
  useEffect(() => {
    if (!state.status) return;
    const timer = setTimeout(() => store.setStatus(null), 8000);
    return () => clearTimeout(timer);
  }, [state.statusSeq]);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const el = scroller.current;
      if (!el) return;
      store.setScroll(el.scrollLeft, el.scrollTop);
      update();
    });
  };
  const onEdit = useCallback((op: EditOp) => { store.edit(op); }, [store]);
  const onReveal = useCallback((path: Path) => store.reveal(path), [store]);
  const onStatus = useCallback((text: string) => store.setStatus(text), [store]);
  // Recomputed for each snapshot, so the marks follow every edit while comparing.
  const diff = useMemo(() => (state.compare && state.view ? buildDiffMarks(state.compare, state.view.map) : null),
    [state.compare, state.view]);
  const [insightsOpen, setInsightsOpen] = useState(false);
  return (
    <div class="app">
      {state.view && (
        <Toolbar map={state.view.map} filters={state.ui.filters} onFilters={(f) => store.setFilters(f)}
          onExport={() => store.requestExport()} onCompare={() => store.requestCompare()}
          insightCount={state.insights.length} insightsOpen={insightsOpen} onInsights={() => setInsightsOpen(!insightsOpen)} />
      )}
      {state.view && insightsOpen && (
        <InsightsPanel map={state.view.map} findings={state.insights}
          onSelect={(finding) => store.revealInMapAndText(elementPathOf(finding), finding.path ?? [])} />
      )}
      {diff && <DiffSummary marks={diff} onClose={() => store.endCompare()} />}
      {state.broken && <ErrorBanner problems={state.problems} hasMap={hasView} onReveal={onReveal} />}
      <div class="scroller" ref={scroller} onScroll={onScroll}>
        <DiffContext.Provider value={diff}>
          {state.view
            ? <JourneyMap view={state.view} filters={state.ui.filters} highlight={state.highlight}
              codeReferences={state.codeReferences} insights={state.insights}
              editable={!state.broken} stageWindow={win} onEdit={onEdit} onReveal={onReveal} onStatus={onStatus} />
            : !state.broken && <p class="empty">Loading the map…</p>}
        </DiffContext.Provider>
      </div>
      <div class="status" role="status" aria-live="polite">{state.status}</div>
    </div>
  );
}
