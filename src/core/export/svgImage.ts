/**
 * A scene as a pure SVG 1.1 image: `<rect>`, `<path>`, `<text>`/`<tspan>` and `<image>` with a data URI only, no
 * foreignObject, no script, no external references, so librsvg, Inkscape, Figma, office suites and browsers draw it alike.
 */
import { EXPORT_FONT_STACK } from './layout/fontMetrics';
import { escapeXml } from './xmlText';
import type { ImageShape, PathShape, RectShape, Scene, Shape, TextShape } from './scene/scene';

function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function paint(fill: string | undefined, stroke: string | undefined, width: number | undefined): string {
  const parts = [`fill="${fill ? escapeXml(fill) : 'none'}"`];
  if (stroke) parts.push(`stroke="${escapeXml(stroke)}"`, `stroke-width="${n(width ?? 1)}"`);
  return parts.join(' ');
}

function rect(s: RectShape): string {
  const rx = s.rx ? ` rx="${n(s.rx)}"` : '';
  return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}"${rx} ${paint(s.fill, s.stroke, s.strokeWidth)}/>`;
}

function path(s: PathShape): string {
  const dash = s.dash?.length ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : '';
  const join = s.stroke ? ' stroke-linejoin="round" stroke-linecap="round"' : '';
  return `<path d="${s.d}" ${paint(s.fill, s.stroke, s.strokeWidth)}${dash}${join}/>`;
}

function text(s: TextShape): string {
  const anchor = s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : '';
  const weight = s.weight === 'bold' ? ' font-weight="bold"' : '';
  const spans = s.lines.map((line, i) =>
    `<tspan x="${n(s.x)}" y="${n(s.y + i * s.lineHeight)}">${escapeXml(line)}</tspan>`).join('');
  return `<text font-size="${n(s.size)}"${weight} fill="${escapeXml(s.fill)}"${anchor} xml:space="preserve">${spans}</text>`;
}

function image(s: ImageShape): string {
  return `<image x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" preserveAspectRatio="xMidYMid meet" xlink:href="${escapeXml(s.href)}"/>`;
}

function shape(s: Shape): string {
  switch (s.kind) {
    case 'image': return image(s);
    case 'rect': return rect(s);
    case 'path': return path(s);
    case 'text': return text(s);
  }
}

/** The scene as a standalone SVG document of its exact size. */
export function svgImage(scene: Scene): string {
  const { width, height } = scene;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg"${scene.shapes.some((s) => s.kind === 'image') ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : ''} version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT_STACK)}">
<title>${escapeXml(scene.title)}</title>
<rect x="0" y="0" width="${width}" height="${height}" fill="${escapeXml(scene.background)}"/>
${scene.shapes.map(shape).join('\n')}
</svg>
`;
}
