/**
 * A scene as a vector PDF, written by PDFKit: shapes as paths, text as real text in the shipped font
 * (embedded as a subset with a ToUnicode map, so Cyrillic and Latvian copy out and search as themselves),
 * on one page the size of the map or on A4/A3 landscape pages (pagePlan.ts).
 */
import type PDFKitDocument from 'pdfkit';
import type { ExportAssets } from './assets';
import { planPages, type PageRegion, type PageSize } from './pagePlan';
import { shapeBox, type Box, type Scene, type Shape } from '../scene/scene';
import { imagePlaceholderText } from '../../images/imageRefs';

// PDFKit's CommonJS build: its ES module build reads `import.meta.url`, which a CommonJS bundle does not have.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PDFDocument: typeof PDFKitDocument = require('pdfkit');
type Doc = InstanceType<typeof PDFKitDocument>;

const FONT = { normal: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

function inside(x: number, y: number, box: Box): boolean {
  return x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a shape belongs to a region: by its centre (text: its first line's middle); wide paths by overlap (then clipped). */
function belongs(shape: Shape, region: Box): boolean {
  if (shape.kind === 'text') return inside(shape.x, shape.y - shape.size / 2, region);
  const box = shapeBox(shape);
  if (shape.kind === 'path' && (box.width > region.width || box.height > region.height)) return overlaps(box, region);
  return inside(box.x + box.width / 2, box.y + box.height / 2, region);
}

function paint(doc: Doc, fill: string | undefined, stroke: string | undefined, width: number | undefined): void {
  if (stroke) doc.lineWidth(width ?? 1);
  if (fill && stroke) doc.fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.stroke(stroke);
}

function drawText(doc: Doc, shape: Extract<Shape, { kind: 'text' }>): void {
  doc.font(FONT[shape.weight]).fontSize(shape.size).fillColor(shape.fill);
  shape.lines.forEach((line, i) => {
    if (!line) return;
    const shift = shape.anchor === 'middle' ? 0.5 : shape.anchor === 'end' ? 1 : 0;
    const x = shape.x - shift * doc.widthOfString(line);
    doc.text(line, x, shape.y + i * shape.lineHeight, { lineBreak: false, baseline: 'alphabetic' });
  });
}

/** PNG and JPEG pictures as PDF images; other formats (SVG, GIF, WebP), which PDFKit cannot embed, as a labelled box. */
function drawImage(doc: Doc, shape: Extract<Shape, { kind: 'image' }>): void {
  if (shape.mime === 'image/png' || shape.mime === 'image/jpeg') {
    const bytes = Buffer.from(shape.href.slice(shape.href.indexOf(',') + 1), 'base64');
    doc.image(bytes, shape.x, shape.y, { fit: [shape.width, shape.height], align: 'center', valign: 'center' });
    return;
  }
  doc.roundedRect(shape.x, shape.y, shape.width, shape.height, 3);
  paint(doc, undefined, '#8a8a8a', 1);
  const size = shape.height < 60 ? 7 : 9.5;
  drawText(doc, { kind: 'text', x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 + size / 3, lines: [imagePlaceholderText('format-not-drawn')],
    size, weight: 'normal', fill: '#6b6b6b', lineHeight: size * 1.3, anchor: 'middle' });
}

function draw(doc: Doc, shape: Shape): void {
  switch (shape.kind) {
    case 'image':
      return drawImage(doc, shape);
    case 'rect':
      if (shape.rx) doc.roundedRect(shape.x, shape.y, shape.width, shape.height, shape.rx);
      else doc.rect(shape.x, shape.y, shape.width, shape.height);
      return paint(doc, shape.fill, shape.stroke, shape.strokeWidth);
    case 'path':
      // PDFKit takes a dash array at run time; its type declarations know only (length, { space }).
      if (shape.dash?.length) (doc.dash as unknown as (lengths: number[]) => Doc).call(doc, shape.dash);
      doc.path(shape.d);
      paint(doc, shape.fill, shape.stroke, shape.strokeWidth);
      if (shape.dash?.length) doc.undash();
      return;
    case 'text':
      return drawText(doc, shape);
  }
}

function drawRegion(doc: Doc, scene: Scene, region: PageRegion): void {
  const { source } = region;
  doc.save();
  doc.translate(region.x - source.x, region.y - source.y);
  doc.rect(source.x, source.y, source.width, source.height).clip();
  for (const shape of scene.shapes) if (belongs(shape, source)) draw(doc, shape);
  doc.restore();
}

/** The scene as PDF bytes on pages of `size`. */
export function pdfFromScene(scene: Scene, size: PageSize, assets: ExportAssets): Promise<Uint8Array> {
  const plan = planPages(scene, size);
  // font: null: no standard font, whose metrics PDFKit would read from files beside itself.
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, font: null as unknown as string, compress: true,
    info: { Title: scene.title, Creator: 'Journey Maps' }, displayTitle: true, lang: 'en' });
  doc.registerFont(FONT.normal, Buffer.from(assets.regularFont));
  doc.registerFont(FONT.bold, Buffer.from(assets.boldFont));
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  for (const page of plan.pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    doc.save();
    doc.scale(plan.scale);
    doc.rect(0, 0, page.width / plan.scale, page.height / plan.scale).fill(scene.background);
    for (const region of page.regions) drawRegion(doc, scene, region);
    doc.restore();
  }
  doc.end();
  return done;
}
