/**
 * The map grid's windowing helpers, pure (no DOM): which cells of the rendered window have their content and which
 * are placeholders (see webview/mapWindow.ts), how many items a cell shows, and the heights kept by rows whose cells
 * are not rendered.
 */
import type { Stage } from '../../src/core/schema';
import { stageMetrics, type LaneInfo, type LaneKey } from '../../src/core/view/mapData';
import type { FilledCells } from '../mapWindow';

/**
 * Which cells to render: stage columns first..last of the lanes top..bottom, with content where `filled` says; the
 * height of each lane's row when it was last measured, else estimated (for rows and placeholder cells).
 */
export interface CellWindow { first: number; last: number; top: number; bottom: number; filled?: FilledCells; heights: number[] }

/** Cells with at most this many items (see {@link cellItems}) are filled at once: a placeholder would save nothing. */
const CHEAP_ITEMS = 6;

/** About how many items a cell shows (a card counts double), to tell the cells worth deferring from the cheap ones. */
function cellItems(key: LaneKey, stages: Stage[], i: number, curvePoints: number): number {
  const stage = stages[i];
  const tps = stage.touchpoints ?? [];
  switch (key) {
    case 'touchpoints': return 2 * tps.length;
    case 'emotions': return curvePoints;
    case 'pains': case 'opportunities': return tps.reduce((n, tp) => n + (tp[key]?.length ?? 0), stage[key]?.length ?? 0);
    case 'actions': case 'thoughts': return stage[key]?.length ?? 0;
    case 'metrics': return 2 * stageMetrics(stages, i).length;
    case 'backstage': return Object.values(stage.backstage ?? {}).reduce((n, list) => n + (list?.length ?? 0), 0);
    default: return key.startsWith('lane:') ? stage.lanes?.[key.slice(5)]?.length ?? 0 : 0;
  }
}

/**
 * Whether the cell of lane `row` (key `key`) in column `i` shows its content: when `filled` says so, or when it has so
 * few items that a placeholder would save nothing.
 */
export function isFilled(w: CellWindow, key: LaneKey, row: number, stages: Stage[], i: number, curvePoints: number): boolean {
  const lanes = w.filled?.get(i);
  return !w.filled || (lanes !== undefined && row >= lanes.first && row <= lanes.last)
    || cellItems(key, stages, i, curvePoints) <= CHEAP_ITEMS;
}

/** Rough heights of one item of a lane, for rows never rendered yet (px; close enough to avoid big jumps). */
const ITEM_HEIGHT: Partial<Record<LaneKey, number>> = { touchpoints: 92, metrics: 46, backstage: 60, emotions: 30 };

/** The height a lane's row is expected to take: its tallest stage's items times a typical item height. */
export function estimateLaneHeight(lane: LaneInfo, stages: Stage[]): number {
  const field = lane.key === 'emotions' ? null : lane.key.startsWith('lane:') ? null : lane.key;
  let most = 1;
  for (const stage of stages) {
    const value = field ? (stage as Record<string, unknown>)[field] : null;
    if (Array.isArray(value)) most = Math.max(most, value.length);
  }
  return lane.key === 'emotions' ? 160 : 40 + most * (ITEM_HEIGHT[lane.key] ?? 24);
}

/**
 * The grid rows: the stage header, then one row per lane; a lane whose cells are rendered sizes to them (a placeholder
 * cell has the row's last height), the others keep their last measured height (or an estimate), so scrolling never
 * changes the scroll height.
 */
export function laneRows(lanes: LaneInfo[], w: CellWindow): string | undefined {
  if (w.top === 0 && w.bottom === lanes.length - 1) return undefined;
  return `auto ${lanes.map((_, r) => (r >= w.top && r <= w.bottom ? 'auto' : `${w.heights[r]}px`)).join(' ')}`;
}
