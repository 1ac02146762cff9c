/**
 * Structural edits from the map editor: the time of computeEdit (splice + the check that the result reads as
 * exactly the intended data) per op kind, on generated maps analysed as the extension host analyses them.
 * Run: `npx tsx bench/editBench.ts` (part of `npm run bench`).
 */
import { computeEdit } from '../src/core/edits';
import { IncrementalAnalyzer } from '../src/core/incremental/incrementalAnalyzer';
import type { EditOp } from '../src/shared/protocol';
import { generateMapText } from './generateMap';
import { median, printTable } from './report';

const SIZES = [1000, 5000];


/** The ops a map editor sends, on stages around the middle of a map with `stages` stages. */
function ops(stages: number): [string, EditOp][] {
  const mid = Math.floor(stages / 2);
  const touchpoint = { id: 'tp-new', name: 'New touchpoint', channel: 'web', emotion: 1 };
  return [
    ['insert touchpoint', { kind: 'insert', path: ['stages', mid, 'touchpoints'], index: 3, value: touchpoint }],
    ['remove touchpoint', { kind: 'remove', path: ['stages', mid, 'touchpoints', 4] }],
    ['move touchpoint (same stage)', { kind: 'move', from: ['stages', mid, 'touchpoints', 2], to: ['stages', mid, 'touchpoints'], index: 5 }],
    ['move touchpoint (next stage)', { kind: 'move', from: ['stages', mid, 'touchpoints', 2], to: ['stages', mid + 1, 'touchpoints'], index: 0 }],
    ['insert stage', { kind: 'insert', path: ['stages'], index: mid, value: { id: 'stage-new', name: 'New stage' } }],
    ['remove stage', { kind: 'remove', path: ['stages', mid] }],
    ['move stage', { kind: 'move', from: ['stages', mid], to: ['stages'], index: mid + 3 }],
    ['set name (new key)', { kind: 'set', path: ['stages', mid, 'touchpoints', 1, 'description'], value: 'Added from the editor' }],
  ];
}

function main(): void {
  const rows: string[][] = [];
  for (const count of SIZES) {
    const text = generateMapText(count);
    const analysis = new IncrementalAnalyzer({ fileName: `bench-${count}.cjm.yaml` }).analyze(text);
    const doc = analysis.doc; // built before timing: every edit of a version shares it
    const runs = count >= 5000 ? 5 : 9;
    for (const [name, op] of ops(Math.ceil(count / 10))) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const result = computeEdit(text, doc, op);
        times.push(performance.now() - start);
        if ('error' in result) throw new Error(`${name} refused: ${result.error}`);
      }
      rows.push([String(count), `${(text.length / 1024).toFixed(0)} KB`, name, median(times).toFixed(1)]);
    }
  }
  console.log('\nStructural edits (computeEdit, median ms)');
  printTable(['touchpoints', 'size', 'op', 'ms'], rows, [2]);
}

main();
