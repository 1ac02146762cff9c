/**
 * The emotion curve across the Emotions lane: a dashed neutral line, then per persona a line through its
 * points with a marker and value at each point (the same points as the map editor's curve).
 */
import type { CjmMap } from '../../schema';
import { buildSeries, emotionY } from '../../view/emotionSeries';
import { signedScore } from '../../emotionText';
import { SMALL, type CellContext } from './cellContext';
import { baselineOffset } from './flow';
import { marker } from './markers';
import type { Box, Shape } from './scene';

/** Height of the Emotions lane's plot, in px. */
export const CURVE_HEIGHT = 150;

function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** The scale of the curve, +2 to −2, right-aligned at `x` (the end of the lane-title cell). */
export function emotionScale(ctx: CellContext, box: Box, x: number): Shape[] {
  return [2, 1, 0, -1, -2].map((value) => ({
    kind: 'text', x, y: box.y + emotionY(value) * box.height + SMALL * 0.35, lines: [signedScore(value)],
    size: SMALL, weight: 'normal', fill: ctx.palette.muted, lineHeight: SMALL, anchor: 'end',
  }));
}

/** Shapes of the curve inside `box`, whose stage columns start at its left and are `stageWidth` wide. */
export function emotionCurve(ctx: CellContext, map: CjmMap, box: Box, stageWidth: number): Shape[] {
  const { palette } = ctx;
  const toX = (x: number) => box.x + x * stageWidth;
  const toY = (value: number) => box.y + emotionY(value) * box.height;
  const shapes: Shape[] = [{ kind: 'path', d: `M${n(box.x)},${n(toY(0))} L${n(box.x + box.width)},${n(toY(0))}`,
    stroke: palette.grid, strokeWidth: 1, dash: [4, 4], box: { ...box } }];
  const series = buildSeries(map, null, () => true);
  const markers: Shape[] = [];
  for (const line of series) {
    const look = ctx.looks.get(line.personaId ?? '*');
    const color = look?.color ?? palette.accent;
    const points = line.points.map((p) => [toX(p.x), toY(p.value)] as const);
    if (points.length > 1) {
      shapes.push({ kind: 'path', d: points.map(([x, y], k) => `${k ? 'L' : 'M'}${n(x)},${n(y)}`).join(' '),
        stroke: color, strokeWidth: 2, dash: line.dash ? line.dash.split(' ').map(Number) : undefined, box: { ...box } });
    }
    for (const [k, [x, y]] of points.entries()) {
      markers.push(marker(look?.shape ?? line.shape, x, y, 5, color, palette.background));
      const above = y - 8 - SMALL > box.y;
      markers.push({ kind: 'text', x: x + 7, y: above ? y - 8 : y + 8 + baselineOffset(SMALL) - 4,
        lines: [signedScore(line.points[k].value)], size: SMALL, weight: 'normal', fill: palette.muted, lineHeight: SMALL });
    }
  }
  return [...shapes, ...markers];
}
