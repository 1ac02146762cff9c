/**
 * Metric figures as text, shared by the map editor, the hover and the exports: numbers with thin grouping,
 * and a change with an arrow and a word, so progress and regress never depend on colour alone.
 */
import type { Direction, MetricData } from './types';

/** A number with thin-space grouping and at most one decimal under 100, e.g. 12 000, 45.5. */
export function formatNumber(n: number): string {
  const rounded = Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
  return rounded.toLocaleString('en-US').replace(/,/g, '\u202f');
}

const ARROWS: Record<Direction, string> = { progress: '▲', regress: '▼', flat: '▶' };

/** The word for a direction, e.g. for screen readers: "progress", "regress", "no change". */
export function directionWord(direction: Direction): string {
  return direction === 'flat' ? 'no change' : direction;
}

/** The arrow of a change: ▲ up, ▼ down, ▶ unchanged (by the sign of the delta, not by better or worse). */
export function deltaArrow(delta: number): string {
  return delta > 0 ? ARROWS.progress : delta < 0 ? ARROWS.regress : ARROWS.flat;
}

/** `+1 500`, `−3.5` (a true minus sign), `±0`. */
export function signedNumber(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '±0';
}

/** `▲ +1 500 (progress)`, or undefined when the metric has no previous value. */
export function changeText(data: MetricData): string | undefined {
  if (data.delta === undefined || data.direction === undefined) return undefined;
  return `${deltaArrow(data.delta)} ${signedNumber(data.delta)} (${directionWord(data.direction)})`;
}
