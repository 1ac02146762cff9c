// The Node extension in two bundles, so start-up loads only what activate() needs:
//   dist/extension.js  activate() and the VS Code glue (src/extension.ts and every host folder)
//   dist/core.js       everything the glue imports from src/core, src/shared, webview/ and npm packages (yaml,
//                      zod, the schema, the analysis, the exports…), in ONE bundle so each module and its state
//                      exists once; read by the first call that uses one of its exports.
// In dist/extension.js each such import is a small module of getters: the first read of an export requires
// dist/core.js. Only the Node bundle is split; the browser bundle (a web worker loads one file) stays whole.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { inert, inertContext, withStubbedVscode } from './vscodeStub.mjs';

const require = createRequire(import.meta.url);
const CORE_FILE = 'core.js';
/**
 * Core modules without imports that start-up code reads: bundled in both files. Constants only, or state kept on
 * globalThis (the active language), so both copies agree.
 */
const CONSTANTS_FOR_START_UP = new Set(['src/core/insights/configFileName.ts', 'src/core/l10n/locales.ts', 'src/core/l10n/activeLocale.ts']);

/** True for a file of the VS Code glue (kept in dist/extension.js): src/ outside core, shared and cli. */
function isGlue(repo, file) {
  const path = relative(repo, file).split(sep).join('/');
  return path.startsWith('src/') && !/^src\/(core|shared|cli)\//.test(path);
}

/** The modules the glue imports from outside the glue (resolved paths, relative to `repo`), from a metafile. */
function coreImportsOf(repo, metafile) {
  const found = new Set();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    if (!isGlue(repo, join(repo, file))) continue;
    for (const { path, external } of input.imports) {
      if (!external && !isGlue(repo, join(repo, path)) && !CONSTANTS_FOR_START_UP.has(path)) found.add(path);
    }
  }
  return [...found].sort();
}

/** The entry of dist/core.js: `modules`, each imported module's namespace under its path. */
function coreEntry(repo, paths) {
  const lines = paths.map((path, i) => `import * as m${i} from ${JSON.stringify(join(repo, path))};`);
  const table = paths.map((path, i) => `  ${JSON.stringify(path)}: m${i},`);
  return `${lines.join('\n')}\nexport const modules = {\n${table.join('\n')}\n};\n`;
}

/** A CommonJS module whose exports are getters that require dist/core.js on first read. */
function lazyModuleSource(path, names) {
  return [
    'let loaded;',
    `const load = () => (loaded ??= require('./${CORE_FILE}').modules[${JSON.stringify(path)}]);`,
    "Object.defineProperty(exports, '__esModule', { value: true });",
    `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
  ].join('\n');
}

/** Resolves the glue's imports of core modules to their lazy stand-ins (names from the built dist/core.js). */
function lazyCorePlugin(repo, namesByPath) {
  return {
    name: 'lazy-core',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^\\./${CORE_FILE.replace('.', '\\.')}$`), namespace: 'lazy-core' },
        (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData?.lazyCore || !isGlue(repo, args.importer)) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { lazyCore: true } });
        if (resolved.errors.length > 0 || resolved.external) return resolved.external ? resolved : undefined;
        const path = relative(repo, resolved.path).split(sep).join('/');
        return namesByPath.has(path) ? { path, namespace: 'lazy-core' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-core' }, (args) => ({
        contents: lazyModuleSource(args.path, namesByPath.get(args.path)), loader: 'js', resolveDir: repo,
      }));
    },
  };
}

/**
 * Builds dist/extension.js and dist/core.js beside it from `options` (the one-bundle options of the Node extension):
 * a first pass finds what the glue imports from the core, the second bundles that core, the third the glue.
 */
export async function buildSplitNodeExtension(repo, options) {
  const probe = await esbuild.build({ ...options, write: false, metafile: true, minify: false, sourcemap: false });
  const paths = coreImportsOf(repo, probe.metafile);
  const coreOut = join(dirname(options.outfile), CORE_FILE);
  const { entryPoints: _glueEntry, ...coreOptions } = options;
  await esbuild.build({
    ...coreOptions, outfile: coreOut,
    stdin: { contents: coreEntry(repo, paths), resolveDir: repo, sourcefile: 'core-entry.js', loader: 'js' },
  });
  delete require.cache[coreOut];
  const { modules } = require(coreOut);
  const namesByPath = new Map(paths.map((path) => [path, Object.keys(modules[path])]));
  await esbuild.build({ ...options, plugins: [...(options.plugins ?? []), lazyCorePlugin(repo, namesByPath)] });
  checkStartUpLoadsNoCore(options.outfile);
}

/**
 * Loads the built extension and runs activate() against a no-op `vscode`, failing the build when that reads an
 * export of dist/core.js: start-up code (module top levels, activate()) must leave the analysis for first use.
 */
function checkStartUpLoadsNoCore(extensionFile) {
  const reads = [];
  const intercept = (request, parent) => {
    if (request !== `./${CORE_FILE}` || parent?.filename !== extensionFile) return undefined;
    reads.push(new Error('dist/core.js required at start-up').stack.split('\n').filter((line) => !line.includes('node:') && !line.includes('/scripts/')).slice(1, 7).join('\n'));
    return { modules: new Proxy({}, { get: () => inert() }) };
  };
  delete require.cache[extensionFile];
  process.setSourceMapsEnabled(true); // the development build's stack then names the TypeScript line
  try {
    withStubbedVscode(() => require(extensionFile).activate(inertContext(dirname(extensionFile))), intercept);
  } finally {
    delete require.cache[extensionFile];
  }
  if (reads.length > 0) {
    throw new Error(`Start-up reads an export of the core (move it into a function, or a constant into a module of its own listed in CONSTANTS_FOR_START_UP):\n${reads[0]}`);
  }
}
