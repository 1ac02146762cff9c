/**
 * SVG pictures for the PDF: PDFKit embeds PNG and JPEG only, so an SVG persona photo or storyboard frame is drawn to
 * PNG by resvg first (the renderer the PNG export uses). GIF and WebP stay labelled boxes.
 */
import { dataUri } from '../../images/imageFiles';
import type { Scene, Shape } from '../scene/scene';
import type { ExportAssets } from './assets';
import { pngFromSvg } from './png';

/** Pixels per SVG unit of a rasterised picture: sharp when the PDF is zoomed or printed. */
const PICTURE_SCALE = 3;

async function rasterised(shape: Shape, assets: ExportAssets): Promise<Shape> {
  if (shape.kind !== 'image' || shape.mime !== 'image/svg+xml') return shape;
  const svg = new TextDecoder().decode(Buffer.from(shape.href.slice(shape.href.indexOf(',') + 1), 'base64'));
  try {
    return { ...shape, mime: 'image/png', href: dataUri(await pngFromSvg(svg, PICTURE_SCALE, assets), 'image/png') };
  } catch {
    return shape; // an SVG resvg cannot draw keeps its labelled box in the PDF
  }
}

/** The scene with its SVG pictures as PNG. */
export async function withRasterPictures(scene: Scene, assets: ExportAssets): Promise<Scene> {
  if (!scene.shapes.some((shape) => shape.kind === 'image' && shape.mime === 'image/svg+xml')) return scene;
  return { ...scene, shapes: await Promise.all(scene.shapes.map((shape) => rasterised(shape, assets))) };
}
