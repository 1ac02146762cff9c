/**
 * Point markers of the emotion curve as paths: each persona has its own shape, so lines differ by more than
 * colour (as in the map editor). Coordinates are written `x,y` so a path can be read back by back ends.
 */
import type { Shape as MarkerShape } from '../../view/mapData';
import type { PathShape } from './scene';

function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function polygon(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)},${n(y)}`).join(' ') + ' Z';
}

function regular(cx: number, cy: number, r: number, sides: number, turn: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = turn + (i * 2 * Math.PI) / sides;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as [number, number];
  });
}

/** A circle as four cubic Béziers (k = 0.5523, the usual quarter-circle constant). */
function circle(cx: number, cy: number, r: number): string {
  const k = 0.5523 * r;
  return `M${n(cx + r)},${n(cy)} C${n(cx + r)},${n(cy + k)} ${n(cx + k)},${n(cy + r)} ${n(cx)},${n(cy + r)}`
    + ` C${n(cx - k)},${n(cy + r)} ${n(cx - r)},${n(cy + k)} ${n(cx - r)},${n(cy)}`
    + ` C${n(cx - r)},${n(cy - k)} ${n(cx - k)},${n(cy - r)} ${n(cx)},${n(cy - r)}`
    + ` C${n(cx + k)},${n(cy - r)} ${n(cx + r)},${n(cy - k)} ${n(cx + r)},${n(cy)} Z`;
}

/** The path of a marker of `shape` centred on (cx, cy) with radius r. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle': return circle(cx, cy, r);
    case 'square': return polygon([[cx - r * 0.85, cy - r * 0.85], [cx + r * 0.85, cy - r * 0.85], [cx + r * 0.85, cy + r * 0.85], [cx - r * 0.85, cy + r * 0.85]]);
    case 'diamond': return polygon(regular(cx, cy, r * 1.15, 4, -Math.PI / 2));
    case 'triangle': return polygon(regular(cx, cy + r * 0.2, r * 1.2, 3, -Math.PI / 2));
    case 'hexagon': return polygon(regular(cx, cy, r * 1.05, 6, 0));
  }
}

/** A filled marker shape with an outline in the background colour. */
export function marker(shape: MarkerShape, cx: number, cy: number, r: number, fill: string, outline: string): PathShape {
  return { kind: 'path', d: markerPath(shape, cx, cy, r), fill, stroke: outline, strokeWidth: 1.5,
    box: { x: cx - r * 1.3, y: cy - r * 1.3, width: r * 2.6, height: r * 2.6 } };
}
