/**
 * Resolving a metric from a 100,000-row CSV (about 5 MB: a date, five numeric columns, one quoted text column),
 * and how long the event loop is blocked meanwhile. Run: `npx tsx bench/dataBench.ts` (part of `npm run bench`).
 *
 * What is measured, in plain Node: `DataResolver.resolve` as the extension host runs it (papaparse in slices of
 * whole records, the event loop getting a turn between slices), from the file's text to the metric's value,
 * history and direction. The longest synchronous block is the longest gap between turns of a `setImmediate`
 * ticker running beside the resolution. Also: a second resolution of the unchanged file (same version: parsed
 * form reused) and of an edited one (new version: parsed again).
 */
import { cpus, loadavg } from 'node:os';
import { analyze } from '../src/core/analyze';
import { DataResolver } from '../src/core/data/dataResolver';
import type { DataFileContent, DataFileReader } from '../src/core/data/types';
import { yieldToEventLoop } from '../src/core/yieldToEventLoop';
import { median, printTable } from './report';

const ROWS = 100_000;
const RUNS = 7;
const LOCATION = { mapPath: '/ws/shop.cjm.yaml', roots: ['/ws'] };
const MAP = `cjm: 1
title: Bench
stages:
  - id: look
    name: Look
    metrics:
      - { id: visitors, name: Visitors, source: { file: funnel.csv, column: visitors, date-column: day } }
    touchpoints: [{ id: ad, name: Ad }]
`;

function funnelCsv(rows: number, seed: number): string {
  const lines = ['day,visitors,signups,carts,orders,revenue,note'];
  const start = Date.UTC(1800, 0, 1);
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const v = 10_000 + ((i * 7919 + seed) % 5000);
    lines.push(`${day},${v},${v >> 3},${v >> 4},${v >> 5},${(v * 1.7).toFixed(2)},"week ${i % 52}, ok"`);
  }
  return `${lines.join('\n')}\n`;
}

class OneFile implements DataFileReader {
  constructor(public text: string, public version: string) {}
  async read(): Promise<DataFileContent> {
    return { ok: true, text: this.text, version: this.version };
  }
}

interface Measured { ms: number; cpuMs: number; longestBlockMs: number; longestBlockCpuMs: number }

const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * Runs `work` with a setImmediate ticker beside it: its wall time and CPU time, and the longest gap between
 * ticks in wall time and in CPU time. On a loaded machine the wall figures include time the process waited for
 * a core; the CPU figures are what the work itself took.
 */
async function measure(work: () => Promise<unknown>): Promise<Measured> {
  let running = true;
  let last = performance.now();
  let lastCpu = cpuMs();
  let longest = 0;
  let longestCpu = 0;
  const tick = (): void => {
    const now = performance.now();
    const cpu = cpuMs();
    longest = Math.max(longest, now - last);
    longestCpu = Math.max(longestCpu, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const started = performance.now();
  const startedCpu = cpuMs();
  await work();
  const ms = performance.now() - started;
  const cpu = cpuMs() - startedCpu;
  running = false;
  tick();
  return { ms, cpuMs: cpu, longestBlockMs: longest, longestBlockCpuMs: longestCpu };
}

async function main(): Promise<void> {
  const analysis = analyze(MAP, { fileName: 'shop.cjm.yaml' });
  const text = funnelCsv(ROWS, 1);
  const cold: Measured[] = [];
  const warm: number[] = [];
  const edited: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const file = new OneFile(text, 'v1');
    const resolver = new DataResolver(file, yieldToEventLoop);
    cold.push(await measure(() => resolver.resolve(analysis, LOCATION)));
    warm.push((await measure(() => resolver.resolve(analysis, LOCATION))).ms);
    file.text = funnelCsv(ROWS, run + 2);
    file.version = `v${run + 2}`;
    edited.push((await measure(() => resolver.resolve(analysis, LOCATION))).ms);
  }
  const check = await new DataResolver(new OneFile(text, 'v1')).resolve(analysis, LOCATION);
  const data = check.metrics['stages.0.metrics.0'];
  console.log(`\nMetric data: ${ROWS.toLocaleString('en-US')}-row CSV (${(text.length / 1e6).toFixed(1)} MB), ${RUNS} runs, medians`);
  console.log(`(resolved: value ${data.value}, date ${data.date}, ${data.history.length} rows of history, ${data.direction})\n`);
  const at = (values: number[]): string => median(values).toFixed(1);
  printTable(['what', 'wall ms', 'CPU ms'], [
    ['resolve, first read (parse in slices)', at(cold.map((c) => c.ms)), at(cold.map((c) => c.cpuMs))],
    ['longest synchronous block meanwhile', at(cold.map((c) => c.longestBlockMs)), at(cold.map((c) => c.longestBlockCpuMs))],
    ['longest synchronous block, worst run', Math.max(...cold.map((c) => c.longestBlockMs)).toFixed(1),
      Math.max(...cold.map((c) => c.longestBlockCpuMs)).toFixed(1)],
    ['resolve again, file unchanged (same version)', median(warm).toFixed(2), ''],
    ['resolve after the file changed (new version)', median(edited).toFixed(1), ''],
  ], [0]);
  console.log(`\nLoad average while measuring: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`);
}

void main();
