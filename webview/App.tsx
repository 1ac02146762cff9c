/**
 * The map editor app: toolbar, error banner, the scrolling map (only the stage columns and lanes near the
 * viewport are rendered, see mapWindow.ts) and the transient status line. All DOM work lives here and in effects.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Path } from '../src/core/types';
import type { EditOp } from '../src/shared/protocol';
import { t } from '../src/core/l10n/translate';
import { DiffContext } from './components/diffContext';
import { buildDiffMarks } from './components/diffMarks';
import { DiffSummary } from './components/DiffSummary';
import { ErrorBanner } from './components/ErrorBanner';
import { IdleRenderContext } from './components/idleRender';
import { elementPathOf } from './components/insightGroups';
import { InsightsPanel } from './components/InsightsPanel';
import { JourneyMap } from './components/JourneyMap';
import { lanesFor } from '../src/core/view/mapData';
import { useMapWindow } from './mapWindow';
import { Toolbar } from './components/Toolbar';
import type { MapStore, StoreState } from './store';

function useStore(store: MapStore): StoreState {
  const [state, setState] = useState(store.state);
  useEffect(() => store.subscribe(() => setState(store.state)), [store]);
  return state;
}

/** How many lanes the map shows (the rows the windows count). */
function visibleLanes(map: Parameters<typeof lanesFor>[0], hidden: readonly string[]): number {
  return lanesFor(map).filter((l) => !hidden.includes(l.key)).length;
}

/** Whether a key press is undo or redo (Ctrl or ⌘ with Z, Shift+Z or Y), which VS Code applies to the text. */
function historyKey(e: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  return key === 'y' && !e.shiftKey ? 'redo' : null;
}

/** The app, bound to one store (the host messages arrive through it). */
export function App({ store }: { store: MapStore }) {
  const state = useStore(store);
  const scroller = useRef<HTMLDivElement>(null);
  const count = state.view?.map.stages.length ?? 0;
  const laneCount = useMemo(() => (state.view ? visibleLanes(state.view.map, state.ui.filters.hiddenLanes) : 0),
    [state.view?.map, state.ui.filters.hiddenLanes]);
  const { stages, lanes, laneHeights, update, onFocusIn, reach } = useMapWindow(scroller, count, laneCount, state.highlight);
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
  useEffect(() => {
    // On the document: after a move or delete the focused card is gone and keys go to the body.
    const onKey = (e: KeyboardEvent) => { const kind = historyKey(e); if (kind) store.noteHistoryKey(kind); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
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
  const onOpenJourney = useCallback((link: string) => store.openJourney(link), [store]);
  const onOpenSharedPersona = useCallback((id: string) => store.openSharedPersona(id), [store]);
  // Recomputed for each snapshot, so the marks follow every edit while comparing.
  const diff = useMemo(() => (state.compare && state.view ? buildDiffMarks(state.compare, state.view.map) : null),
    [state.compare, state.view]);
  const [insightsOpen, setInsightsOpen] = useState(false);
  return (
    <main class="app">
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
      <div class="scroller" ref={scroller} onScroll={onScroll} onFocusIn={onFocusIn}>
        <DiffContext.Provider value={diff}>
          <IdleRenderContext.Provider value={true}>
            {state.view
              ? <JourneyMap view={state.view} filters={state.ui.filters} highlight={state.highlight}
                codeReferences={state.codeReferences} insights={state.insights} journeys={state.journeys} onOpenJourney={onOpenJourney}
                onOpenSharedPersona={onOpenSharedPersona}
                editable={!state.broken} stageWindow={stages} laneWindow={lanes} laneHeights={laneHeights} onReachStage={reach} onEdit={onEdit} onReveal={onReveal} onStatus={onStatus} />
              : !state.broken && <p class="empty">{t('Loading the map…')}</p>}
          </IdleRenderContext.Provider>
        </DiffContext.Provider>
      </div>
      <div class="status" role="status" aria-live="polite">{state.status}</div>
    </main>
  );
}
