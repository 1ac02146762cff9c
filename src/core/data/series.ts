/**
 * A metric's series → what the map shows: the latest value, the one before it, the change, and whether that
 * change is progress or regress for this metric.
 */
import type { MetricBetter } from '../schema';
import type { Direction, MetricData, MetricPoint } from './types';

/** value, previous, delta, direction, date and history of a non-empty series (oldest first). */
export function summarizeSeries(points: MetricPoint[], better: MetricBetter | undefined, file: string): MetricData {
  const latest = points[points.length - 1];
  const data: MetricData = { value: latest.value, history: points.slice(0, -1), file };
  if (latest.date !== undefined) data.date = latest.date;
  if (points.length > 1) {
    data.previous = points[points.length - 2].value;
    data.delta = roundOff(latest.value - data.previous);
    data.direction = directionOf(data.delta, better ?? 'higher');
  }
  return data;
}

/** progress when the value moved the way it improves, regress the other way, flat when it did not move. */
export function directionOf(delta: number, better: MetricBetter): Direction {
  if (delta === 0) return 'flat';
  return (delta > 0) === (better === 'higher') ? 'progress' : 'regress';
}

/** Drops binary floating-point noise from a difference (0.30000000000000004 → 0.3). */
function roundOff(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}
