/**
 * Loads `#static-map` the way the extension and the CLI get it: bundled by esbuild (which reads the webview's
 * tsconfig for JSX), since the unit tests' own TypeScript loader compiles JSX for React.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StaticMapRenderer } from '../../../src/core/export';

const ROOT = join(__dirname, '..', '..', '..');

/** The renderer, bundled once into a temporary CommonJS file. */
export async function loadStaticRenderer(): Promise<StaticMapRenderer> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'cjm-static-')), 'static.cjs');
  await build({
    stdin: { contents: "export * from '#static-map';", resolveDir: ROOT, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', absWorkingDir: ROOT,
  });
  return createRequire(__filename)(outfile) as StaticMapRenderer;
}

/** The map editor's CSS as the repository holds it (empty while the webview has none). */
export function mapEditorCss(): string {
  const file = join(ROOT, 'webview', 'styles.css');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
