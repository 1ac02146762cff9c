/**
 * Opening a map: how long the extension host's thread is held at once. Before: one synchronous analysis of
 * the whole text. After: analyzeInSlices (what getAnalysisAsync runs for a map seen for the first time), whose
 * longest synchronous stretch between two turns of the event loop is measured, with the total time to problems.
 * Run: `npx tsx bench/openBench.ts` (part of `npm run bench`).
 */
import assert from 'node:assert/strict';
import { IncrementalAnalyzer } from '../src/core/incremental/incrementalAnalyzer';
import { generateMapText } from './generateMap';
import { median, printTable } from './report';
import { recordFigures } from './results.mjs';

const SIZES = [1000, 5000];
const RUNS = 5;


/** One cold open in slices: the longest synchronous stretch, the number of stretches and the total time. */
async function openInSlices(text: string, fileName: string): Promise<{ longest: number; slices: number; total: number }> {
  const stretches: number[] = [];
  const start = performance.now();
  let resumed = start;
  const pause = (): Promise<void> => {
    stretches.push(performance.now() - resumed);
    return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      resumed = performance.now();
    });
  };
  const analysis = await new IncrementalAnalyzer({ fileName }).analyzeInSlices(text, { pause });
  stretches.push(performance.now() - resumed);
  assert.ok(analysis.model, 'the generated map validates');
  return { longest: Math.max(...stretches), slices: stretches.length, total: performance.now() - start };
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  const figures: Record<string, number> = {};
  for (const count of SIZES) {
    const text = generateMapText(count);
    const fileName = `bench-${count}.cjm.yaml`;
    const sync: number[] = [];
    const longest: number[] = [];
    const total: number[] = [];
    let slices = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      new IncrementalAnalyzer({ fileName }).analyze(text);
      sync.push(performance.now() - t0);
      const sliced = await openInSlices(text, fileName);
      longest.push(sliced.longest);
      total.push(sliced.total);
      slices = sliced.slices;
    }
    figures[`open.sync.${count}`] = median(sync);
    figures[`open.longestBlock.${count}`] = median(longest);
    figures[`open.total.${count}`] = median(total);
    rows.push([String(count), `${(text.length / 1024).toFixed(0)} KB`, median(sync).toFixed(1), median(longest).toFixed(1),
      String(slices), median(total).toFixed(1)]);
  }
  console.log('\nOpening a map (median of 5 cold opens, ms)');
  printTable(['touchpoints', 'size', 'sync analysis (one block)', 'in slices: longest block', 'slices', 'in slices: total'], rows);
  recordFigures(figures);
}

void main();
