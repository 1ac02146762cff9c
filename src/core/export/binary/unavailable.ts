/**
 * `#binary-exports` in the browser build (vscode.dev): PNG and PDF need the desktop extension or the CLI.
 */
import type { ExportAssets } from './assets';
import type { PageSize } from './pagePlan';
import type { Scene } from '../scene/scene';

function unavailable(): never {
  throw new Error('PNG and PDF export need VS Code on the desktop or the cjm command line; in the browser, export SVG.');
}

/** Not available in the browser. */
export function pdfFromScene(_scene: Scene, _size: PageSize, _assets: ExportAssets): Promise<Uint8Array> {
  return Promise.resolve().then(unavailable);
}

/** Not available in the browser. */
export function pngFromSvg(_svg: string, _scale: number, _assets: ExportAssets): Promise<Uint8Array> {
  return Promise.resolve().then(unavailable);
}
