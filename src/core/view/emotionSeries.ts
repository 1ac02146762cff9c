/**
 * The emotion curve's data: for each persona, the points at touchpoints (or at a stage's own emotion) and the
 * average of each stage. x is in column units: stage i spans [i, i+1). Pure: no DOM.
 */
import { emotionFor, touchpointServes } from '../personaEmotion';
import type { CjmMap, Stage, Touchpoint } from '../schema';
import type { Path } from '../types';
import { seriesStyles, type SeriesStyle } from './mapData';

/** One point of a persona's line. */
export interface CurvePoint {
  x: number;
  value: number;
  stageIndex: number;
  /** Order of the point within its stage, for keyboard navigation. */
  order: number;
  /** Where a new value is written (`set`). */
  path: Path;
  /** Where the item the point stands for is (for `reveal`). */
  itemPath: Path;
  label: string;
}

/** One persona's line. */
export interface CurveSeries extends SeriesStyle {
  points: CurvePoint[];
  /** Per stage: the stage's own emotion, else the mean of its touchpoint points; undefined when none. */
  averages: (number | undefined)[];
}

/** Which touchpoints are shown, by index, for the given filters. */
export type TouchpointFilter = (tp: Touchpoint) => boolean;

/** Points and average of one stage for one persona. */
function stageCurve(stage: Stage, i: number, personaId: string | null, visible: TouchpointFilter):
  { points: CurvePoint[]; average: number | undefined } {
  const tps = stage.touchpoints ?? [];
  const points: CurvePoint[] = [];
  tps.forEach((tp, j) => {
    if (!visible(tp) || !touchpointServes(tp, personaId)) return;
    const base: Path = ['stages', i, 'touchpoints', j];
    const e = emotionFor(tp.emotion, base, personaId);
    if (!e) return;
    points.push({ x: i + (j + 0.5) / tps.length, value: e.value, stageIndex: i, order: points.length, path: e.path,
      itemPath: base, label: tp.name });
  });
  const own = emotionFor(stage.emotion, ['stages', i], personaId);
  if (points.length === 0 && own) {
    points.push({ x: i + 0.5, value: own.value, stageIndex: i, order: 0, path: own.path, itemPath: ['stages', i],
      label: stage.name });
  }
  const mean = points.length ? points.reduce((a, p) => a + p.value, 0) / points.length : undefined;
  return { points, average: own ? own.value : mean };
}

type StageCache = WeakMap<Stage, { key: string; result: ReturnType<typeof stageCurve> }>;
const caches = new Map<string, StageCache>();

/**
 * Builds every persona's line; `only` keeps one persona; `visible` hides filtered-out touchpoints and
 * `filterKey` names that filter. Unchanged stage objects (structurally shared snapshots) reuse their points.
 */
export function buildSeries(map: CjmMap, only: string | null, visible: TouchpointFilter, filterKey = ''): CurveSeries[] {
  const styles = seriesStyles(map.personas).filter((s) => only === null || s.personaId === only);
  return styles.map((style) => {
    const cacheKey = `${style.personaId}\u0000${filterKey}`;
    if (!caches.has(cacheKey)) caches.set(cacheKey, new WeakMap());
    const cache = caches.get(cacheKey) as StageCache;
    const points: CurvePoint[] = [];
    const averages: (number | undefined)[] = [];
    map.stages.forEach((stage, i) => {
      const key = `${i}`;
      let hit = cache.get(stage);
      if (!hit || hit.key !== key) {
        hit = { key, result: stageCurve(stage, i, style.personaId, visible) };
        cache.set(stage, hit);
      }
      points.push(...hit.result.points);
      averages.push(hit.result.average);
    });
    return { ...style, points, averages };
  });
}

/** Vertical position (0 top … 1 bottom) of an emotion value inside the curve's cell. */
export function emotionY(value: number): number {
  return 0.1 + ((2 - value) / 4) * 0.8;
}

/** The emotion value nearest to a vertical position (inverse of emotionY), clamped to -2..2. */
export function valueAtY(y: number): number {
  const v = Math.round(2 - ((y - 0.1) / 0.8) * 4);
  return Math.max(-2, Math.min(2, v));
}
