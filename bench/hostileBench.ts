/**
 * Worst cases of analysis: the hostile shapes of bench/hostileMaps.ts at the sizes an audit measured, each timed
 * whole and for the yaml parse alone (the part no change of ours can speed up), with the size of the output.
 * Run: `npx tsx bench/hostileBench.ts` (part of `npm run bench`).
 */
import { parseDocument } from 'yaml';
import { analyze } from '../src/core/analyze';
import { MAP_PARSE_OPTIONS } from '../src/core/parseMap';
import { generateMapText } from './generateMap';
import * as hostile from './hostileMaps';
import { median, printTable } from './report';

const CASES: [string, () => string][] = [
  ['unknown ref 1 edit from a 30,000-char id', () => hostile.longIdTypo(30_000)],
  ['unknown ref 1 edit from a 300,000-char id', () => hostile.longIdTypo(300_000)],
  ['2,000 channels, 2,000 unknown refs', () => hostile.manyUnknownChannels(2_000)],
  ['20,000 channels, 20,000 unknown refs', () => hostile.manyUnknownChannels(20_000)],
  ['20,000 duplicates of one id (+ x-2…)', () => hostile.manyDuplicateIds(20_000)],
  ['50,000 unknown keys in one mapping', () => hostile.manyUnknownKeys(50_000)],
  ['25,000 keys in one mapping', () => hostile.manyKeysInOneMapping(25_000)],
  ['20,000 keys in one mapping, each value wrong', () => hostile.manyBadLaneValues(20_000)],
  ['30,000 anchors with aliases', () => hostile.manyAliases(30_000)],
  ['150,000 problems', () => hostile.manyProblems(150_000)],
  ['60,000 unclosed {', () => hostile.unclosedBraces(60_000)],
  ['a valid map of 7,000 touchpoints (baseline)', () => generateMapText(7_000)],
];

const RUNS = 3;

function time(once: () => unknown): number {
  once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    once();
    times.push(performance.now() - start);
  }
  return median(times);
}

function main(): void {
  const rows: string[][] = [];
  for (const [name, generate] of CASES) {
    const text = generate();
    const analysis = analyze(text);
    const total = time(() => analyze(text));
    const parse = time(() => parseDocument(text, MAP_PARSE_OPTIONS));
    const messages = analysis.problems.map((p) => p.message.length);
    rows.push([name, `${(text.length / 1e6).toFixed(2)} M`, total.toFixed(0), parse.toFixed(0), Math.max(0, total - parse).toFixed(0),
      String(analysis.problems.length), String(Math.max(0, ...messages)), (messages.reduce((a, b) => a + b, 0) / 1024).toFixed(0)]);
  }
  printTable(['case', 'chars', 'analysis ms', 'yaml parse ms', 'rest ms', 'problems', 'longest message', 'all messages KB'], rows, [0]);
  console.log(`\nMedian of ${RUNS} runs after one warm-up; node ${process.version}. "rest" = analysis minus the yaml parse.`);
}

main();
