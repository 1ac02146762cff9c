/**
 * The font and resvg module for PNG and PDF exports from the command line: beside the bundled CLI
 * (dist/fonts, dist/resvg.wasm), else from the installed packages (running from source, tests).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ASSET_FILES, type ExportAssets } from '../core/export/binary/assets';

const PACKAGE_FILES: Record<keyof typeof ASSET_FILES, string> = {
  regularFont: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  boldFont: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  resvgWasm: '@resvg/resvg-wasm/index_bg.wasm',
};

function locate(key: keyof typeof ASSET_FILES): string {
  const beside = join(__dirname, ASSET_FILES[key]);
  return existsSync(beside) ? beside : require.resolve(PACKAGE_FILES[key]);
}

/** Reads the export assets from disk. */
export async function readExportAssets(): Promise<ExportAssets> {
  const [regularFont, boldFont, resvgWasm] = await Promise.all(
    (['regularFont', 'boldFont', 'resvgWasm'] as const).map((key) => readFile(locate(key))));
  return { regularFont, boldFont, resvgWasm };
}
