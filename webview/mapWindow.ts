/**
 * Which part of the map to render: the stage columns and the lanes near the viewport, in both directions, for
 * every map size. Lane headers are always rendered (one sticky element per lane), so each lane's row exists;
 * a lane whose cells are not rendered keeps the height it had when it was last rendered (or an estimate from
 * its content), so the scrollbar does not jump. Runs only in effects and event handlers, never in render.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Path } from '../src/core/types';
import { whenIdle } from './components/idleRender';

/** A range of indices, inclusive. */
export interface IndexWindow { first: number; last: number }

/** Extra stage columns rendered on each side of the viewport (at least one: arrow keys reach it). */
const STAGE_BUFFER = 3;
/** Extra lanes rendered above and below the viewport (two: arrow keys skip a lane empty in this stage). */
const LANE_BUFFER = 2;
/** Columns rendered before the first layout tells how many fit. */
const FIRST_STAGES = 8;
/** Lanes rendered before the first layout tells how many fit. */
const FIRST_LANES = 4;

/** The columns in view, and the window to render: unchanged while it still covers the view (hysteresis). */
function nextStageWindow(scroller: HTMLElement, count: number, current: IndexWindow, buffer: number): IndexWindow {
  if (scroller.clientWidth === 0) return { first: 0, last: count - 1 }; // no layout (a DOM without one): all
  const stage = scroller.querySelector<HTMLElement>('.cell--stage');
  const corner = scroller.querySelector<HTMLElement>('.corner');
  const width = stage?.offsetWidth || 260;
  const left = scroller.scrollLeft - (corner?.offsetWidth ?? 0);
  const first = Math.max(0, Math.floor(left / width));
  const last = Math.min(count - 1, Math.ceil((left + scroller.clientWidth) / width));
  if (first >= current.first && last <= current.last && first - current.first <= 2 * buffer
    && current.last - last <= 2 * buffer) return current;
  return { first: Math.max(0, first - buffer), last: Math.min(count - 1, last + buffer) };
}

/** The lanes whose rows (measured on their always-rendered headers) meet the viewport, plus a buffer. */
function nextLaneWindow(scroller: HTMLElement, count: number, buffer: number): IndexWindow {
  if (scroller.clientHeight === 0) return { first: 0, last: count - 1 };
  const headers = Array.from(scroller.querySelectorAll<HTMLElement>('.grid .lane'));
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
  if (first < 0) return { first: 0, last: Math.min(count, FIRST_LANES) - 1 };
  return { first: Math.max(0, first - buffer), last: Math.min(count - 1, last + buffer) };
}

/** The heights of the lane rows now rendered, by lane index (read from their headers). */
function measureLanes(scroller: HTMLElement): number[] {
  return Array.from(scroller.querySelectorAll<HTMLElement>('.grid .lane')).map((h) => h.getBoundingClientRect().height);
}

function sameWindow(a: IndexWindow, b: IndexWindow): boolean {
  return a.first === b.first && a.last === b.last;
}

/** The stage index a highlighted path is in, or -1. */
function stageOf(path: Path | null): number {
  return path?.[0] === 'stages' && typeof path[1] === 'number' ? path[1] : -1;
}

/** What the map renders, and `update` to call after a scroll or a layout change. */
export interface MapWindow {
  stages: IndexWindow;
  lanes: IndexWindow;
  /** Heights to keep for the rows of lanes whose cells are not rendered (by lane index; 0 = unknown). */
  laneHeights: number[];
  update: () => void;
  /** Keeps the columns and lanes beside a focused item rendered, so the next arrow key finds its neighbour. */
  onFocusIn: (event: FocusEvent) => void;
}

/** `w` widened to hold `at` and `buffer` indices on each side of it, when `at` is at or beyond its edge. */
function around(w: IndexWindow, at: number, buffer: number, count: number): IndexWindow {
  if (at > w.first && at < w.last) return w;
  return { first: Math.max(0, Math.min(w.first, at - buffer)), last: Math.min(count - 1, Math.max(w.last, at + buffer)) };
}

/** The stage and lane windows of a map with `stageCount` stages and `laneCount` lanes, kept by the scroller. */
export function useMapWindow(scroller: { current: HTMLElement | null }, stageCount: number, laneCount: number,
  highlight: Path | null): MapWindow {
  const [stages, setStages] = useState<IndexWindow>({ first: 0, last: Math.min(stageCount, FIRST_STAGES) - 1 });
  const [lanes, setLanes] = useState<IndexWindow>({ first: 0, last: Math.min(laneCount, FIRST_LANES) - 1 });
  const heights = useRef<number[]>([]);
  // The first frame renders only what is in view; the columns and lanes around it follow when the browser is idle.
  const [buffered, setBuffered] = useState(false);
  const widened = useRef(false);
  const update = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const widen = buffered && !widened.current;
    widened.current = buffered;
    const measured = measureLanes(el);
    // Rows whose cells are rendered give their real height; the others keep theirs.
    setLanes((current) => {
      measured.forEach((h, i) => {
        if (i >= current.first && i <= current.last && h > 0) heights.current[i] = h;
      });
      const next = nextLaneWindow(el, laneCount, buffered ? LANE_BUFFER : 0);
      return sameWindow(next, current) ? current : next;
    });
    setStages((current) => nextStageWindow(el, stageCount, widen ? { first: 0, last: -1 } : current, buffered ? STAGE_BUFFER : 0));
  }, [stageCount, laneCount, buffered]);
  useLayoutEffect(update, [update]);
  useEffect(() => (buffered || stageCount === 0 ? undefined : whenIdle(() => setBuffered(true))), [buffered, stageCount]);
  useEffect(() => {
    // Reveal and "open touchpoint": every lane of the columns around the highlighted stage, until the next scroll.
    const h = stageOf(highlight);
    if (!highlight) return;
    setLanes({ first: 0, last: laneCount - 1 });
    if (h >= 0) setStages((w) => (h >= w.first && h <= w.last ? w : { first: Math.max(0, h - STAGE_BUFFER), last: Math.min(stageCount - 1, h + STAGE_BUFFER) }));
  }, [highlight]);
  const onFocusIn = useCallback((event: FocusEvent) => {
    const data = (event.target as HTMLElement | null)?.dataset;
    const stage = Number(data?.navStage);
    const lane = Number(data?.navLane);
    if (Number.isInteger(stage) && stage >= 0) setStages((w) => around(w, stage, STAGE_BUFFER, stageCount));
    if (Number.isInteger(lane) && lane >= 0) setLanes((w) => around(w, lane, LANE_BUFFER, laneCount));
  }, [stageCount, laneCount]);
  return { stages: clamp(stages, stageCount), lanes: clamp(lanes, laneCount), laneHeights: heights.current, update, onFocusIn };
}

function clamp(w: IndexWindow, count: number): IndexWindow {
  const last = Math.min(count - 1, Math.max(w.last, Math.min(count, 1) - 1));
  return { first: Math.min(Math.max(0, w.first), Math.max(0, last)), last };
}
