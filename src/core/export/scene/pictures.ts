/**
 * Pictures in the exported map: a persona's photo beside its name in the legend, a stage's storyboard frame under
 * its name. An embedded image (data URI) becomes an image shape; one that is not available a dashed box that says why.
 */
import type { MapImages } from '../../images/imageRefs';
import { imagePlaceholderText } from '../../images/imageRefs';
import { wrapText } from '../layout/wrapText';
import { SMALL } from './cellContext';
import type { TextFlow } from './flow';
import type { Palette } from './palette';

/** Side of a persona's photo in the legend, in px. */
export const AVATAR_SIZE = 36;
/** Height of a stage's storyboard frame, in px. */
export const FRAME_HEIGHT = 96;

/** Draws the picture of `value` in a `width` × `height` box at the flow's position (does not move the flow). */
export function drawPicture(flow: TextFlow, images: MapImages | undefined, value: string | undefined,
  box: { dx: number; width: number; height: number }, palette: Palette): boolean {
  const image = value === undefined ? undefined : images?.[value];
  if (!image) return false;
  const x = flow.x + box.dx;
  const y = flow.y;
  if ('src' in image) {
    const mime = /^data:([^;,]+)/.exec(image.src)?.[1] ?? 'image/png';
    flow.shapes.push({ kind: 'image', x, y, width: box.width, height: box.height, href: image.src, mime });
    return true;
  }
  flow.shapes.push({ kind: 'rect', x, y, width: box.width, height: box.height, rx: 3, stroke: palette.border, strokeWidth: 1 });
  const size = box.height < 60 ? 7 : SMALL - 2;
  const lines = wrapText(imagePlaceholderText(image.unavailable), box.width - 6, { size, weight: 'normal' }).slice(0, Math.floor(box.height / (size * 1.3)));
  const lineHeight = size * 1.3;
  flow.shapes.push({ kind: 'text', x: x + box.width / 2, y: y + (box.height - lines.length * lineHeight) / 2 + size, lines,
    size, weight: 'normal', fill: palette.muted, lineHeight, anchor: 'middle' });
  return true;
}
