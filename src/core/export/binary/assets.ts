/**
 * Files the binary exports (PNG, PDF) need besides the map: the shipped font and resvg's WebAssembly module.
 * Callers read them their own way (workspace.fs in VS Code, fs in the CLI and tests) and hand in the bytes.
 */

/** The bytes of the shipped font files and of the PNG renderer. */
export interface ExportAssets {
  /** DejaVuSans.ttf */
  regularFont: Uint8Array;
  /** DejaVuSans-Bold.ttf */
  boldFont: Uint8Array;
  /** resvg's index_bg.wasm (PNG only). */
  resvgWasm?: Uint8Array;
}

/** Where the assets lie, relative to the folder of the bundled extension or CLI (dist/). */
export const ASSET_FILES = {
  regularFont: 'fonts/DejaVuSans.ttf',
  boldFont: 'fonts/DejaVuSans-Bold.ttf',
  resvgWasm: 'resvg.wasm',
} as const;
