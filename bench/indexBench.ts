/**
 * Build time of the code-links workspace index on a generated workspace of 200 maps (30 touchpoints each)
 * and 5,000 source files (TypeScript, Python, Go; one in ten holds `cjm:` comments), plus 1,000 files
 * under node_modules that must be skipped. Run: `npx tsx bench/indexBench.ts` (part of `npm run bench`).
 *
 * What is measured: the index's own work in plain Node — listing the folder tree (skipping node_modules,
 * .git, dist), reading every file, `analyze` + `summarizeMap` for each map, `scanCodeReferences` for each
 * source, filling the `ReferenceStore` — and the incremental update of one changed file. Not measured: the
 * extension host's `findFiles` and `workspace.fs` round trips. Nothing of this runs at activation: the
 * extension reads maps on the first source file holding the marker and sources on the first map CodeLens,
 * references or rename, off the start-up path.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze';
import { scanCodeReferences } from '../src/core/codeReferences';
import { summarizeMap } from '../src/codeLinks/mapSummary';
import { ReferenceStore } from '../src/codeLinks/referenceStore';
import { generateMapText } from './generateMap';
import { median } from './report';

const MAPS = 200;
const SOURCES = 5000;
const TOUCHPOINTS = 30;
const RUNS = 5;
const EXCLUDED = new Set(['node_modules', '.git', 'dist']);

function sourceText(i: number): { name: string; text: string } {
  const kind = i % 3;
  const body = Array.from({ length: 60 }, (_, l) => (kind === 1 ? `    x${l} = compute(${l})  # step ${l}` : `  const x${l} = compute(${l}); // step ${l}`));
  if (i % 10 === 0) {
    const reference = `cjm: map-${i % MAPS}/tp-${i % TOUCHPOINTS}`;
    body.splice(10, 0, kind === 1 ? `    # ${reference}` : `  // ${reference}`);
  }
  const ext = ['ts', 'py', 'go'][kind];
  return { name: `file${i}.${ext}`, text: `${kind === 1 ? 'def f():' : 'function f() {'}\n${body.join('\n')}\n${kind === 1 ? '' : '}'}\n` };
}

function generate(root: string): void {
  for (let m = 0; m < MAPS; m++) {
    const dir = join(root, 'journeys', `area${m % 10}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `map-${m}.cjm.yaml`), generateMapText(TOUCHPOINTS).replace(/^id: .*$/m, `id: map-${m}`));
  }
  for (let i = 0; i < SOURCES; i++) {
    const dir = join(root, 'src', `pkg${i % 50}`, `mod${i % 7}`);
    mkdirSync(dir, { recursive: true });
    const { name, text } = sourceText(i);
    writeFileSync(join(dir, name), text);
  }
  const deps = join(root, 'node_modules', 'dep', 'lib');
  mkdirSync(deps, { recursive: true });
  for (let i = 0; i < 1000; i++) writeFileSync(join(deps, `dep${i}.js`), '// cjm: map-0/tp-0\n');
}

function list(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!EXCLUDED.has(entry.name)) list(join(dir, entry.name), out);
    } else out.push(join(dir, entry.name));
  }
  return out;
}

interface Timings { list: number; maps: number; sources: number; total: number; store: ReferenceStore }

function build(root: string): Timings {
  const t0 = performance.now();
  const files = list(root);
  const t1 = performance.now();
  const store = new ReferenceStore();
  for (const file of files.filter((f) => f.endsWith('.cjm.yaml'))) {
    store.setMap(file, summarizeMap(analyze(readFileSync(file, 'utf8'), { fileName: file })));
  }
  const t2 = performance.now();
  for (const file of files.filter((f) => !f.endsWith('.cjm.yaml'))) store.setSource(file, scanCodeReferences(readFileSync(file, 'utf8')).references);
  const t3 = performance.now();
  return { list: t1 - t0, maps: t2 - t1, sources: t3 - t2, total: t3 - t0, store };
}


function main(): void {
  const root = mkdtempSync(join(tmpdir(), 'cjm-index-bench-'));
  try {
    generate(root);
    build(root); // warm-up: file cache and JIT
    const runs = Array.from({ length: RUNS }, () => build(root));
    const { store } = runs[0];
    const ms = (key: 'list' | 'maps' | 'sources' | 'total') => `${median(runs.map((r) => r[key])).toFixed(0)} ms`;
    console.log(`index build, ${MAPS} maps × ${TOUCHPOINTS} touchpoints + ${SOURCES} source files (median of ${RUNS}):`);
    console.log(`  list files ${ms('list')}, maps ${ms('maps')}, sources ${ms('sources')}, total ${ms('total')}`);
    console.log(`  indexed: ${JSON.stringify(store.size)} (node_modules skipped)`);
    const changed = join(root, 'src', 'pkg0', 'mod0', 'file0.ts');
    const times = Array.from({ length: 200 }, () => {
      const start = performance.now();
      store.setSource(changed, scanCodeReferences(readFileSync(changed, 'utf8')).references);
      store.countsFor('map-0');
      return performance.now() - start;
    });
    console.log(`  one changed file re-read + counts of a map: ${median(times).toFixed(3)} ms (median of 200)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main();
