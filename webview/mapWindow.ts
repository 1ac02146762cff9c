/**
 * Which part of the map to render: the stage columns and the lanes near the viewport, in both directions, for
 * every map size. Lane headers are always rendered (one sticky element per lane), so each lane's row exists;
 * a lane whose cells are not rendered keeps the height it had when it was last rendered (or an estimate from
 * its content), so the scrollbar does not jump. Cells that a scroll brings into the window start as empty
 * placeholders of the row's height and are filled one per idle period (a few when nothing else runs), those in view
 * first, so a scroll frame never pays for whole columns of cards; the columns beside a focused or highlighted item
 * are filled at once.
 * Runs only in effects and event handlers, never in render.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Path } from '../src/core/types';
import { whenIdle } from './components/idleRender';

/** A range of indices, inclusive. */
export interface IndexWindow { first: number; last: number }

/** Per stage column of the window, the lanes whose cells are filled; the window's other cells are placeholders. */
export type FilledCells = ReadonlyMap<number, IndexWindow>;

/** The stage columns to render, and which of their cells are filled (all when `filled` is absent). */
export interface StageWindow extends IndexWindow { filled?: FilledCells }

/** Extra stage columns rendered on each side of the viewport (at least one: arrow keys reach it). */
const STAGE_BUFFER = 3;
/** Extra lanes rendered above and below the viewport (two: arrow keys skip a lane empty in this stage). */
const LANE_BUFFER = 2;
/** Columns rendered before the first layout tells how many fit. */
const FIRST_STAGES = 8;
/** Lanes rendered before the first layout tells how many fit. */
const FIRST_LANES = 4;

/** The part of the map in view: its columns and lanes (filled first). */
interface InView { stages: IndexWindow; lanes: IndexWindow }

/** The windows, their filled cells, and what is in view. */
interface WindowState { stages: IndexWindow; lanes: IndexWindow; filled: FilledCells; view: InView }

/** The columns in view. */
function stagesInView(scroller: HTMLElement, count: number): IndexWindow {
  const stage = scroller.querySelector<HTMLElement>('.cell--stage');
  const corner = scroller.querySelector<HTMLElement>('.corner');
  const width = stage?.offsetWidth || 260;
  const left = scroller.scrollLeft - (corner?.offsetWidth ?? 0);
  return { first: Math.max(0, Math.floor(left / width)),
    last: Math.min(count - 1, Math.ceil((left + scroller.clientWidth) / width)) };
}

/** The window to render around the columns in view: unchanged while it still covers them (hysteresis). */
function nextStageWindow(view: IndexWindow, count: number, current: IndexWindow): IndexWindow {
  const { first, last } = view;
  if (first >= current.first && last <= current.last && first - current.first <= 2 * STAGE_BUFFER
    && current.last - last <= 2 * STAGE_BUFFER) return current;
  return widened(view, STAGE_BUFFER, count);
}

/** The lanes whose rows (measured on their always-rendered headers) meet the viewport. */
function lanesInView(scroller: HTMLElement, headers: HTMLElement[], count: number): IndexWindow {
  const origin = scroller.getBoundingClientRect().top;
  let first = -1;
  let last = -1;
  headers.forEach((header, i) => {
    const box = header.getBoundingClientRect();
    if (box.bottom >= origin && box.top <= origin + scroller.clientHeight) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? { first: 0, last: Math.min(count, FIRST_LANES) - 1 } : { first, last };
}

/** The lanes in view plus a buffer. */
function nextLaneWindow(view: IndexWindow, count: number): IndexWindow {
  return widened(view, LANE_BUFFER, count);
}

/** `w` with `buffer` more indices on each side, within 0..count - 1. */
function widened(w: IndexWindow, buffer: number, count: number): IndexWindow {
  return { first: Math.max(0, w.first - buffer), last: Math.min(count - 1, w.last + buffer) };
}

function sameWindow(a: IndexWindow, b: IndexWindow): boolean {
  return a.first === b.first && a.last === b.last;
}

function intersect(a: IndexWindow, b: IndexWindow): IndexWindow {
  return { first: Math.max(a.first, b.first), last: Math.min(a.last, b.last) };
}

/** `filled` kept to the cells inside the stage and lane windows. */
function within(filled: FilledCells, stages: IndexWindow, lanes: IndexWindow): FilledCells {
  const out = new Map<number, IndexWindow>();
  filled.forEach((w, i) => {
    const kept = intersect(w, lanes);
    if (i >= stages.first && i <= stages.last && kept.first <= kept.last) out.set(i, kept);
  });
  return out;
}

/** `state` with the windows moved, keeping the filled cells still inside them; the same object when nothing moved. */
function moved(state: WindowState, stages: IndexWindow, lanes: IndexWindow, view: InView = state.view): WindowState {
  if (sameWindow(stages, state.stages) && sameWindow(lanes, state.lanes)) return view === state.view ? state : { ...state, view };
  return { stages, lanes, view, filled: within(state.filled, stages, lanes) };
}

/** `state` with every lane of the window filled in columns from..to (those inside the window); the same when they were. */
function filledIn(state: WindowState, from: number, to: number): WindowState {
  const { stages, lanes } = state;
  let filled: Map<number, IndexWindow> | null = null;
  for (let i = Math.max(from, stages.first); i <= Math.min(to, stages.last); i++) {
    const w = state.filled.get(i);
    if (w && w.first <= lanes.first && w.last >= lanes.last) continue;
    filled ??= new Map(state.filled);
    filled.set(i, lanes);
  }
  return filled ? { ...state, filled } : state;
}

/** The next lane to fill in a column whose filled lanes are `w`: the first in view, then down, then up; -1 when full. */
function nextLane(w: IndexWindow | undefined, lanes: IndexWindow, view: IndexWindow): number {
  if (!w) return Math.min(Math.max(view.first, lanes.first), lanes.last);
  if (w.last < lanes.last) return w.last + 1;
  return w.first > lanes.first ? w.first - 1 : -1;
}

/** A placeholder cell to fill next, in view first, then by distance from the middle of the view; null when none. */
function nextToFill(stages: IndexWindow, lanes: IndexWindow, filled: FilledCells, view: InView): { stage: number; lane: number } | null {
  const middle = (view.stages.first + view.stages.last) / 2;
  let best: { stage: number; lane: number; score: number } | null = null;
  for (let i = stages.first; i <= stages.last; i++) {
    const lane = nextLane(filled.get(i), lanes, view.lanes);
    if (lane < 0) continue;
    const seen = i >= view.stages.first && i <= view.stages.last && lane >= view.lanes.first && lane <= view.lanes.last;
    const score = (seen ? 0 : 1000) + Math.abs(i - middle);
    if (!best || score < best.score) best = { stage: i, lane, score };
  }
  return best && { stage: best.stage, lane: best.lane };
}

/** `state` with the next placeholder cell filled (the same when none is left). */
function filledNext(state: WindowState): WindowState {
  const next = nextToFill(state.stages, state.lanes, state.filled, state.view);
  if (!next) return state;
  const w = state.filled.get(next.stage);
  const filled = new Map(state.filled);
  filled.set(next.stage, w ? { first: Math.min(w.first, next.lane), last: Math.max(w.last, next.lane) } : { first: next.lane, last: next.lane });
  return { ...state, filled };
}

/** The stage index a highlighted path is in, or -1. */
function stageOf(path: Path | null): number {
  return path?.[0] === 'stages' && typeof path[1] === 'number' ? path[1] : -1;
}

/** What the map renders, and `update` to call after a scroll or a layout change. */
export interface MapWindow {
  stages: StageWindow;
  lanes: IndexWindow;
  /** Heights to keep for the rows of lanes whose cells are not rendered (by lane index; 0 = unknown). */
  laneHeights: number[];
  update: () => void;
  /** Keeps the columns and lanes beside a focused item rendered, so the next arrow key finds its neighbour. */
  onFocusIn: (event: FocusEvent) => void;
  /** Moves the window to `stage` (filled) and the lanes around `lane`: Home and End reach the map's first and last stage. */
  reach: (stage: number, lane: number) => void;
}

/** `w` widened to hold `at` and `buffer` indices on each side of it, when `at` is at or beyond its edge. */
function around(w: IndexWindow, at: number, buffer: number, count: number): IndexWindow {
  if (at > w.first && at < w.last) return w;
  return { first: Math.max(0, Math.min(w.first, at - buffer)), last: Math.min(count - 1, Math.max(w.last, at + buffer)) };
}

/** The first render's windows, filled: what is in view before any layout is rendered at once. */
function initialState(stageCount: number, laneCount: number): WindowState {
  const stages = { first: 0, last: Math.min(stageCount, FIRST_STAGES) - 1 };
  const lanes = { first: 0, last: Math.min(laneCount, FIRST_LANES) - 1 };
  return filledIn({ stages, lanes, view: { stages, lanes }, filled: new Map() }, stages.first, stages.last);
}

/** Placeholder cells filled in one long idle period (nothing else running: the scroll has stopped). */
const IDLE_CELLS = 8;
/** How long a placeholder waits for idle time at most (ms) while the browser stays busy. */
const FILL_TIMEOUT_MS = 200;

/** The whole map, filled: for a DOM without layout (nothing tells what is in view). */
function everything(state: WindowState, stageCount: number, laneCount: number): WindowState {
  const all = { stages: { first: 0, last: stageCount - 1 }, lanes: { first: 0, last: laneCount - 1 } };
  return filledIn(moved(state, all.stages, all.lanes, all), 0, stageCount - 1);
}

/** The windows after a scroll or a layout change; lane heights measured into `heights` on the way. */
function measured(current: WindowState, el: HTMLElement, stageCount: number, laneCount: number, heights: number[]): WindowState {
  // A map appearing (the first snapshot, or stages again after none) starts as the first render does: filled.
  const state = current.stages.last < current.stages.first ? initialState(stageCount, laneCount) : current;
  if (el.clientWidth === 0 || el.clientHeight === 0) return everything(state, stageCount, laneCount);
  const headers = Array.from(el.querySelectorAll<HTMLElement>('.grid .lane'));
  // Rows whose cells are rendered give their real height (a row of placeholders keeps the one it was given).
  headers.forEach((header, i) => {
    const h = i >= state.lanes.first && i <= state.lanes.last ? header.getBoundingClientRect().height : 0;
    if (h > 0) heights[i] = h;
  });
  const view = { stages: stagesInView(el, stageCount), lanes: lanesInView(el, headers, laneCount) };
  return moved(state, nextStageWindow(view.stages, stageCount, state.stages), nextLaneWindow(view.lanes, laneCount), view);
}

/** The state after the focus entered the item at `stage`, `lane`: its neighbours rendered and filled. */
function focused(state: WindowState, stage: number, lane: number, stageCount: number, laneCount: number): WindowState {
  const okStage = Number.isInteger(stage) && stage >= 0;
  const okLane = Number.isInteger(lane) && lane >= 0;
  const next = moved(state, okStage ? around(state.stages, stage, STAGE_BUFFER, stageCount) : state.stages,
    okLane ? around(state.lanes, lane, LANE_BUFFER, laneCount) : state.lanes);
  return okStage ? filledIn(next, stage - 1, stage + 1) : next;
}

/** The state showing a highlighted path: every lane, the columns around its stage filled. */
function highlighted(state: WindowState, stage: number, stageCount: number, laneCount: number): WindowState {
  const inside = stage >= state.stages.first && stage <= state.stages.last;
  const stages = stage < 0 || inside ? state.stages : widened({ first: stage, last: stage }, STAGE_BUFFER, stageCount);
  const next = moved(state, stages, { first: 0, last: laneCount - 1 });
  return stage >= 0 ? filledIn(next, stage - 1, stage + 1) : next;
}

/** The state after a jump to `stage` in lane `lane` (Home, End): the columns around it, not the way there. */
function reached(state: WindowState, stage: number, lane: number, stageCount: number, laneCount: number): WindowState {
  const stages = widened({ first: stage, last: stage }, STAGE_BUFFER, stageCount);
  const lanes = lane >= 0 ? around(state.lanes, lane, LANE_BUFFER, laneCount) : state.lanes;
  return filledIn(moved(state, stages, lanes), stage - 1, stage + 1);
}

/** The stage and lane windows of a map with `stageCount` stages and `laneCount` lanes, kept by the scroller. */
export function useMapWindow(scroller: { current: HTMLElement | null }, stageCount: number, laneCount: number,
  highlight: Path | null): MapWindow {
  const [state, setState] = useState<WindowState>(() => initialState(stageCount, laneCount));
  const heights = useRef<number[]>([]);
  const update = useCallback(() => {
    const el = scroller.current;
    if (el) setState((s) => measured(s, el, stageCount, laneCount, heights.current));
  }, [stageCount, laneCount]);
  useLayoutEffect(update, [update]);
  useEffect(() => {
    // Reveal and "open touchpoint": every lane of the columns around the highlighted stage, until the next scroll.
    if (highlight) setState((s) => highlighted(s, stageOf(highlight), stageCount, laneCount));
  }, [highlight]);
  useEffect(() => {
    // Placeholders filled in idle periods: one cell in a period between frames (a scroll goes on), a few when the
    // browser has nothing else to do; the scroll frames stay light and the view fills right after.
    if (!nextToFill(state.stages, state.lanes, state.filled, state.view)) return;
    return whenIdle((deadline) => setState((s) => {
      let next = filledNext(s);
      for (let k = 1; k < IDLE_CELLS && deadline.timeRemaining() > 40; k++) next = filledNext(next);
      return next;
    }), FILL_TIMEOUT_MS);
  }, [state]);
  const onFocusIn = useCallback((event: FocusEvent) => {
    const data = (event.target as HTMLElement | null)?.dataset;
    setState((s) => focused(s, Number(data?.navStage), Number(data?.navLane), stageCount, laneCount));
  }, [stageCount, laneCount]);
  const reach = useCallback((stage: number, lane: number) => {
    setState((s) => reached(s, stage, lane, stageCount, laneCount));
  }, [stageCount, laneCount]);
  return { stages: { ...clamp(state.stages, stageCount), filled: state.filled }, lanes: clamp(state.lanes, laneCount),
    laneHeights: heights.current, update, onFocusIn, reach };
}

function clamp(w: IndexWindow, count: number): IndexWindow {
  const last = Math.min(count - 1, Math.max(w.last, Math.min(count, 1) - 1));
  return { first: Math.min(Math.max(0, w.first), Math.max(0, last)), last };
}
