/**
 * Map diff: diffMaps on two generated maps of the same size where the new one has touchpoints renamed, moved within
 * and between stages, removed and added, emotions changed and a stage moved (the models are parsed before timing).
 * Run: `npx tsx bench/diffBench.ts` (part of `npm run bench`). Target: under 20 ms for 1000 touchpoints.
 */
import { analyze } from '../src/core/analyze';
import { diffMaps } from '../src/core/diff/diffMaps';
import type { CjmMap } from '../src/core/schema';
import { generateMapText } from './generateMap';
import { median, printTable } from './report';

const SIZES = [1000, 5000];
const RUNS = 21;
/** Runs before timing, so the figures are of optimised code, as in a long-running extension host. */
const WARM_UP = 20;

function timed(run: () => number): { ms: number; result: number } {
  for (let i = 0; i < WARM_UP; i++) run();
  const times: number[] = [];
  let result = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

/** The generated map with about one change per ten touchpoints, of every kind. */
function edited(map: CjmMap): CjmMap {
  const now = structuredClone(map);
  now.stages.forEach((stage, s) => {
    const tps = stage.touchpoints ?? [];
    if (s % 3 === 0 && tps.length > 2) tps[1].name = `${tps[1].name} (new)`;
    if (s % 4 === 1 && tps.length > 3) tps.push(...tps.splice(0, 1));
    if (s % 5 === 2) tps.pop();
    if (s % 6 === 3) tps.push({ id: `added-${s}`, name: 'Added touchpoint', channel: 'web', emotion: 1 });
    if (s % 7 === 4 && tps.length > 0 && s + 1 < now.stages.length) (now.stages[s + 1].touchpoints ??= []).unshift(tps.shift()!);
    if (s % 8 === 5) stage.emotion = 2;
  });
  now.stages.push(...now.stages.splice(1, 1));
  return now;
}

function main(): void {
  const rows: string[][] = [];
  for (const count of SIZES) {
    const text = generateMapText(count);
    const old = analyze(text).model;
    if (!old) throw new Error('the generated map does not parse');
    const now = edited(old);
    const copy = structuredClone(old);
    const first = process.hrtime.bigint();
    const cold = diffMaps(old, now).length;
    const coldMs = Number(process.hrtime.bigint() - first) / 1e6;
    const edits = timed(() => diffMaps(old, now).length);
    const same = timed(() => diffMaps(old, copy).length);
    if (same.result !== 0 || edits.result !== cold) throw new Error('diffMaps is not deterministic');
    rows.push([String(count), String(edits.result), coldMs.toFixed(1), edits.ms.toFixed(1), same.ms.toFixed(1)]);
  }
  console.log('\nMap diff (diffMaps on parsed models; median ms after warm-up, and the first, cold run)');
  printTable(['touchpoints', 'changes found', 'first run (cold)', 'edited map', 'identical copy'], rows);
}

main();
