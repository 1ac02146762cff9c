/**
 * The emotion curve cut into stage cells, worked out lazily: the map renders only the columns near the viewport,
 * so a cell's line pieces and points are computed when that cell renders, not for every stage of the map at each
 * snapshot. Pure: no DOM.
 */
import { emotionY, type CurvePoint, type CurveSeries } from '../../src/core/view/emotionSeries';
import { firstIndexWhere } from '../../src/core/lists';

/** A line piece inside one stage cell, in cell units (x 0..1 may overshoot: the cell clips it). */
export interface Segment { series: number; x1: number; y1: number; x2: number; y2: number }

/** What one stage cell of the curve draws. */
export interface StageDrawing {
  segments: Segment[];
  /** Points of the stage; `dx` moves a point aside (px) when an earlier one has the same place and value. */
  points: { series: number; point: CurvePoint; dx: number }[];
  averages: { series: number; value: number }[];
}

/** One stage's part of the curve, drawn on demand by {@link drawStage}. */
export interface StageCurve {
  readonly series: readonly CurveSeries[];
  readonly stageIndex: number;
}

/** The curve's cells, one per stage; none is drawn until asked (see {@link drawStage}). */
export function curveByStage(series: readonly CurveSeries[], stageCount: number): StageCurve[] {
  return Array.from({ length: stageCount }, (_, stageIndex) => ({ series, stageIndex }));
}

const drawings = new WeakMap<StageCurve, StageDrawing>();

/** The line pieces, points and averages of one stage cell (worked out once per cell). */
export function drawStage(cell: StageCurve): StageDrawing {
  let drawing = drawings.get(cell);
  if (!drawing) {
    drawing = draw(cell);
    drawings.set(cell, drawing);
  }
  return drawing;
}

/** The index of the first point of `points` (ordered by stage) in stage `stage` or after it. */
function firstPointAt(points: readonly CurvePoint[], stage: number): number {
  return firstIndexWhere(points.length, (i) => points[i].stageIndex >= stage);
}

/** How many points the cell draws (every persona's points in its stage), without drawing it. */
export function pointCount({ series, stageIndex }: StageCurve): number {
  return series.reduce((sum, s) => sum + firstPointAt(s.points, stageIndex + 1) - firstPointAt(s.points, stageIndex), 0);
}

/**
 * Every persona's points in the stage, and the pieces of its line that cross the cell: from its last point before
 * the stage to its first point after it (a line can cross a stage where the persona has no point).
 */
function draw({ series, stageIndex: i }: StageCurve): StageDrawing {
  const out: StageDrawing = { segments: [], points: [], averages: [] };
  series.forEach((s, k) => {
    const points = s.points;
    const start = firstPointAt(points, i);
    const end = firstPointAt(points, i + 1);
    for (let n = start; n < end; n++) {
      const p = points[n];
      const seen = out.points.filter((q) => q.point.x === p.x && q.point.value === p.value).length;
      out.points.push({ series: k, point: p, dx: seen * 7 });
    }
    for (let n = Math.max(0, start - 1); n < Math.min(end, points.length - 1); n++) {
      const p = points[n];
      const next = points[n + 1];
      out.segments.push({ series: k, x1: p.x - i, y1: emotionY(p.value), x2: next.x - i, y2: emotionY(next.value) });
    }
    const average = s.averages[i];
    if (average !== undefined) out.averages.push({ series: k, value: average });
  });
  return out;
}

/** Whether two lists of series look the same (name, colour, shape, dash): what a cell shows of them. */
export function sameLooks(a: readonly CurveSeries[], b: readonly CurveSeries[]): boolean {
  return a === b || (a.length === b.length && a.every((s, k) => s.personaId === b[k].personaId && s.name === b[k].name
    && s.color === b[k].color && s.shape === b[k].shape && s.dash === b[k].dash));
}

/**
 * Whether two cells draw the same: the same point objects (a stage that did not change keeps its points, see
 * buildSeries) at the same offsets, the same line pieces and averages. Absent cells are the same as each other.
 */
export function sameCell(a: StageCurve | undefined, b: StageCurve | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.stageIndex !== b.stageIndex) return false;
  const x = drawStage(a);
  const y = drawStage(b);
  return sameList(x.points, y.points, (p, q) => p.point === q.point && p.series === q.series && p.dx === q.dx)
    && sameList(x.segments, y.segments, (s, t) => s.series === t.series && s.x1 === t.x1 && s.y1 === t.y1
      && s.x2 === t.x2 && s.y2 === t.y2)
    && sameList(x.averages, y.averages, (p, q) => p.series === q.series && p.value === q.value);
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, n) => same(x, b[n]));
}
