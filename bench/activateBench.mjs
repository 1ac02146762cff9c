/**
 * Start-up cost: loads the production bundle dist/extension.js and runs activate() against a stand-in `vscode`
 * module whose every API is a no-op, so the figure is our own work (module evaluation + registrations), not
 * VS Code's. Each run is a fresh Node process (a module loads once per process); the figures are the medians of
 * RUNS runs. Also measures the first use: requiring dist/core.js (the analysis, loaded by the first feature that
 * needs it), and checks that start-up did not load it. Prints the size of each bundle. Plain Node (no tsx, whose
 * loader would transform the bundle too); run after `npm run build -- --production`.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { recordFigures } from './results.mjs';
import { inertContext, withStubbedVscode } from '../scripts/lib/vscodeStub.mjs';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const require = createRequire(import.meta.url);
const RUNS = 9;
const BUNDLES = ['dist/extension.js', 'dist/core.js', 'dist/web/extension.js', 'dist/webview/main.js', 'dist/webview/main.css', 'dist/cli.js'];

/** One start-up in this process: the three timings in ms, and whether dist/core.js was loaded by it. */
function measureOnce() {
  const started = performance.now();
  const extension = withStubbedVscode(() => require(join(ROOT, 'dist/extension.js')));
  const loaded = performance.now();
  const context = inertContext(ROOT);
  withStubbedVscode(() => extension.activate(context));
  const activated = performance.now();
  const coreAtStartUp = require.cache[join(ROOT, 'dist/core.js')] !== undefined;
  withStubbedVscode(() => require(join(ROOT, 'dist/core.js')));
  const coreLoaded = performance.now();
  return { load: loaded - started, activate: activated - loaded, core: coreLoaded - activated, coreAtStartUp,
    disposables: context.subscriptions.length };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main() {
  const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--once'], { encoding: 'utf8' })));
  const [load, activate, core] = ['load', 'activate', 'core'].map((key) => median(runs.map((run) => run[key])));
  console.log(`\nStart-up (dist/extension.js with a no-op vscode stand-in; medians of ${RUNS} fresh processes)`);
  console.log(`  load bundle:  ${load.toFixed(1)} ms  (runs: ${runs.map((run) => run.load.toFixed(1)).join(', ')})`);
  console.log(`  activate():   ${activate.toFixed(1)} ms  (${runs[0].disposables} disposables registered)`);
  console.log(`  first use, load dist/core.js: ${core.toFixed(1)} ms`);
  if (runs.some((run) => run.coreAtStartUp)) console.log('  WARNING: start-up loaded dist/core.js (a start-up module reads a core export at load or in activate())');
  recordFigures({ 'startup.load': load, 'startup.activate': activate, 'startup.firstUseCore': core });
  console.log('\nBundle sizes');
  for (const file of BUNDLES) {
    const size = statSync(join(ROOT, file)).size;
    console.log(`  ${file.padEnd(24)} ${(size / 1024).toFixed(0).padStart(6)} KB`);
  }
}

if (process.argv.includes('--once')) console.log(JSON.stringify(measureOnce()));
else main();
