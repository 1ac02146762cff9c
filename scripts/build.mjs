#!/usr/bin/env node
// Builds every bundle with esbuild:
//   dist/extension.js      the extension for the Node extension host (desktop, code-server): activate() and
//                          the VS Code glue; dist/core.js beside it holds the analysis, the schema and the
//                          libraries, required on first use (scripts/lib/lazyCoreBundle.mjs; one file in --watch)
//   dist/web/extension.js  the extension for the web worker extension host (vscode.dev, github.dev)
//   dist/webview/main.js + main.css   the map editor's Preact app (codicon font copied beside it)
//   dist/cli.js            the `cjm` command line
//   dist/binaryExports.js  PNG (resvg WebAssembly) and PDF (PDFKit) exports, loaded on first use by the two
//                          above; dist/resvg.wasm and dist/fonts/DejaVuSans*.ttf beside it
//   out/integration/index.js  every test/integration/suite/**/*.test.ts in one mocha entry (not packaged)
//   out/web/index.js          every test/web/suite/**/*.test.ts for the web worker host (not packaged)
// Flags: --production (minified, no source maps, no test bundles), --watch.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { globSync } from 'glob';
import { buildSplitNodeExtension } from './lib/lazyCoreBundle.mjs';
import { REPO } from './lib/testEnv.mjs';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const at = (p) => join(REPO, p);

const common = {
  bundle: true,
  // Cyrillic and Latvian texts of the l10n bundles as UTF-8, not \uXXXX escapes (half the size).
  charset: 'utf8',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  absWorkingDir: REPO,
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

/** A virtual module `virtual:test-files` whose `loadTests()` requires every file matching `pattern`. */
function testFilesPlugin(pattern) {
  return {
    name: 'test-files',
    setup(build) {
      build.onResolve({ filter: /^virtual:test-files$/ }, () => ({ path: 'test-files', namespace: 'virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual' }, () => {
        const files = globSync(pattern, { cwd: REPO, absolute: true, posix: true }).sort();
        const body = files.map((f) => `  require(${JSON.stringify(f)});`).join('\n');
        return {
          contents: `export const testFiles = ${JSON.stringify(files)};\nexport function loadTests() {\n${body}\n}\n`,
          resolveDir: REPO,
          loader: 'js',
          watchFiles: files,
          watchDirs: [...new Set(files.map((f) => f.slice(0, f.lastIndexOf('/'))))],
        };
      });
    },
  };
}

/**
 * `#binary-exports`: in the Node bundles an external require of ./binaryExports.js (its own bundle, read on
 * first use); in the browser bundle a module that says these exports need the desktop or the CLI.
 */
function binaryExportsPlugin(target) {
  return {
    name: 'binary-exports',
    setup(build) {
      build.onResolve({ filter: /^#binary-exports$/ }, () => (target === 'node'
        ? { path: './binaryExports.js', external: true }
        : { path: at('src/core/export/binary/unavailable.ts') }));
    },
  };
}

/** Copies the font the exports ship and resvg's WebAssembly module into dist/. */
function copyExportAssets() {
  mkdirSync(at('dist/fonts'), { recursive: true });
  for (const name of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LICENSE']) {
    copyFileSync(require.resolve(`dejavu-fonts-ttf/${name === 'LICENSE' ? name : `ttf/${name}`}`), at(`dist/fonts/${name === 'LICENSE' ? 'DejaVu-LICENSE.txt' : name}`));
  }
  copyFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'), at('dist/resvg.wasm'));
}

function targets() {
  const list = [
    { ...common, split: !watch, entryPoints: [at('src/extension.ts')], outfile: at('dist/extension.js'),
      platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], plugins: [binaryExportsPlugin('node')] },
    { ...common, entryPoints: [at('src/core/export/binary/index.ts')], outfile: at('dist/binaryExports.js'),
      platform: 'node', format: 'cjs', target: 'node18' },
    { ...common, entryPoints: [at(existsSync(at('src/web/extension.ts')) ? 'src/web/extension.ts' : 'src/extension.ts')],
      outfile: at('dist/web/extension.js'), platform: 'browser', format: 'cjs', target: 'es2022',
      mainFields: ['browser', 'module', 'main'], external: ['vscode'], plugins: [binaryExportsPlugin('browser')] },
  ];
  const webviewEntry = at('webview/main.tsx');
  if (existsSync(webviewEntry)) {
    list.push({ ...common, entryPoints: [webviewEntry], outdir: at('dist/webview'), entryNames: 'main',
      platform: 'browser', format: 'iife', target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact',
      tsconfig: at('webview/tsconfig.json'),
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' }, assetNames: '[name]' });
  } else {
    console.warn('[build] webview/main.tsx not found: no webview bundle');
  }
  if (existsSync(at('src/cli.ts'))) {
    list.push({ ...common, entryPoints: [at('src/cli.ts')], outfile: at('dist/cli.js'), platform: 'node',
      format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' }, plugins: [binaryExportsPlugin('node')] });
  } else {
    console.warn('[build] src/cli.ts not found: no dist/cli.js');
  }
  if (!production) list.push(...testTargets());
  return list;
}

function testTargets() {
  const testCommon = { ...common, minify: false, sourcemap: 'inline', sourcesContent: true };
  return [
    { ...testCommon, entryPoints: [at('test/integration/suite/index.ts')], outfile: at('out/integration/index.js'),
      platform: 'node', format: 'cjs', target: 'node18', external: ['vscode', 'mocha'],
      logOverride: { 'commonjs-variable-in-esm': 'silent' }, // index.ts ends with an explicit module.exports
      plugins: [testFilesPlugin('test/integration/suite/**/*.test.ts')] },
    { ...testCommon, entryPoints: [at('test/web/index.ts')], outfile: at('out/web/index.js'),
      platform: 'browser', format: 'cjs', target: 'es2022', mainFields: ['browser', 'module', 'main'],
      external: ['vscode'], plugins: [testFilesPlugin('test/web/suite/**/*.test.ts')] },
  ];
}

function generateSchema() {
  if (!existsSync(at('scripts/generateSchema.ts'))) return;
  execFileSync(process.execPath, [at('node_modules/tsx/dist/cli.mjs'), at('scripts/generateSchema.ts')],
    { stdio: 'inherit', cwd: REPO });
}

async function main() {
  const started = Date.now();
  generateSchema();
  rmSync(at('dist'), { recursive: true, force: true });
  copyExportAssets();
  if (!watch) {
    await Promise.all(targets().map(({ split, ...options }) => (split ? buildSplitNodeExtension(REPO, options) : esbuild.build(options))));
    console.log(`[build] ${production ? 'production' : 'development'} build in ${Date.now() - started} ms`);
    return;
  }
  const contexts = await Promise.all(targets().map(({ split: _whole, ...options }) => esbuild.context(options)));
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  console.log('[build] watching for changes (Ctrl+C stops)');
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
