/**
 * PNG from the SVG export, drawn by resvg (Rust, compiled to WebAssembly): no browser, no native binary,
 * the shipped font handed in as bytes so the picture does not depend on the fonts of the machine.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { EXPORT_FONT_FAMILY } from '../layout/fontMetrics';
import type { ExportAssets } from './assets';

let ready: Promise<void> | undefined;

function init(wasm: Uint8Array): Promise<void> {
  ready ??= initWasm(wasm).catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

/** The SVG drawn at `scale` pixels per SVG unit, as PNG bytes. */
export async function pngFromSvg(svg: string, scale: number, assets: ExportAssets): Promise<Uint8Array> {
  if (!assets.resvgWasm) throw new Error('the PNG renderer (resvg.wasm) was not found');
  await init(assets.resvgWasm);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontBuffers: [assets.regularFont, assets.boldFont], defaultFontFamily: EXPORT_FONT_FAMILY, sansSerifFamily: EXPORT_FONT_FAMILY },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
