import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { generateMapText } from '../../../bench/generateMap';
import { computeEdit } from '../../../src/core/edits';
import { blockBase, readsAsByBlocks } from '../../../src/core/edits/blockCheck';
import { applyToData, deepEqual } from '../../../src/core/edits/model';
import { moveText, moveTextInPlace } from '../../../src/core/edits/moveItem';
import { partialData } from '../../../src/core/edits/partialData';
import type { Plain } from '../../../src/core/edits/render';
import { IncrementalAnalyzer } from '../../../src/core/incremental/incrementalAnalyzer';
import type { EditOp } from '../../../src/shared/protocol';
import { apply, replaceOnce } from './helpers';
import { COMMENTED } from './sample';

const MAP = generateMapText(40);
const TP = { id: 'tp-new', name: 'New one', channel: 'web', emotion: 1 };

/** Ops the map editor sends, on a generated map of four stages. */
const OPS: EditOp[] = [
  { kind: 'insert', path: ['stages', 1, 'touchpoints'], index: 3, value: TP },
  { kind: 'insert', path: ['stages', 3, 'touchpoints'], index: 10, value: TP },
  { kind: 'remove', path: ['stages', 2, 'touchpoints', 0] },
  { kind: 'remove', path: ['stages', 3] },
  { kind: 'move', from: ['stages', 1, 'touchpoints', 2], to: ['stages', 1, 'touchpoints'], index: 6 },
  { kind: 'move', from: ['stages', 1, 'touchpoints', 7], to: ['stages', 1, 'touchpoints'], index: 0 },
  { kind: 'move', from: ['stages', 2, 'touchpoints', 9], to: ['stages', 0, 'touchpoints'], index: 0 },
  { kind: 'move', from: ['stages', 0], to: ['stages'], index: 3 },
  { kind: 'insert', path: ['stages'], index: 2, value: { id: 'stage-new', name: 'New stage' } },
  { kind: 'insert', path: ['personas'], index: 1, value: { id: 'dora', name: 'Dora' } },
  { kind: 'set', path: ['stages', 2, 'touchpoints', 4, 'description'], value: 'Added' },
];

/** What a full parse says of `candidate`: no errors and exactly `expected`. */
function readsAsWhole(candidate: string, expected: Plain | null): boolean {
  const doc = parseDocument(candidate);
  return doc.errors.length === 0 && deepEqual(doc.toJS(), expected);
}

describe('computeEdit: checking only the changed stage blocks', () => {
  it('gives edits that a full parse reads as exactly the intended data, on the stitched document too', function () {
    this.timeout(30_000);
    const stitched = new IncrementalAnalyzer().analyze(MAP).doc;
    for (const op of OPS) {
      const after = apply(MAP, op);
      const edit = computeEdit(MAP, stitched, op);
      assert.ok(!('error' in edit), JSON.stringify(op));
      assert.equal(MAP.slice(0, edit.offset) + edit.newText + MAP.slice(edit.offset + edit.length), after);
    }
  });

  it('agrees with a full parse on every mutated candidate it decides', function () {
    this.timeout(120_000);
    const doc = parseDocument(MAP, { keepSourceTokens: true });
    const whole = doc.toJS() as Plain;
    const cases = OPS.map((op) => {
      const partial = partialData(MAP, doc, op)!;
      const edit = computeEdit(MAP, doc, op);
      assert.ok(!('error' in edit));
      return { op, base: blockBase(MAP, partial)!, expected: applyToData(partial.data, op, partial.markers)!,
        wholeExpected: applyToData(whole, op), good: MAP.slice(0, edit.offset) + edit.newText + MAP.slice(edit.offset + edit.length) };
    });
    const snippets = ['', ' ', '\n', '#', ':', '- ', '"', "'", '&a ', '*a', '!!str ', '[', '{x: 1}', '\n  - id: z\n', 'x: 1\n', '    emotion: 2\n'];
    fc.assert(fc.property(fc.integer({ min: 0, max: OPS.length - 1 }), fc.nat(), fc.nat({ max: 8 }), fc.integer({ min: 0, max: snippets.length - 1 }),
      (opIndex, at, cut, snippetIndex) => {
        const { base, expected, wholeExpected, good } = cases[opIndex];
        const pos = at % (good.length + 1);
        const candidate = good.slice(0, pos) + snippets[snippetIndex] + good.slice(Math.min(good.length, pos + cut));
        const decided = readsAsByBlocks(base, candidate, expected);
        return decided === null || decided === readsAsWhole(candidate, wholeExpected);
      }), { numRuns: 1000 });
  });

  it('says a changed block with different data does not read as intended, and leaves aliases to the full parse', () => {
    const op: EditOp = { kind: 'remove', path: ['stages', 1, 'touchpoints', 0] };
    const doc = parseDocument(MAP);
    const partial = partialData(MAP, doc, op)!;
    const base = blockBase(MAP, partial)!;
    const expected = applyToData(partial.data, op, partial.markers)!;
    const wrong = replaceOnce(MAP, '      - id: tp-10\n', '      - id: tp-10x\n');
    assert.equal(readsAsByBlocks(base, wrong, expected), false);
    const aliased = replaceOnce(MAP, 'name: Stage 2', 'name: &n Stage 2');
    assert.equal(readsAsByBlocks(base, aliased, expected), null);
  });

  it('refuses nothing the full check accepted on the hand-written sample', () => {
    assert.equal(apply(COMMENTED, { kind: 'move', from: ['stages', 0, 'touchpoints', 1], to: ['stages', 1, 'touchpoints'], index: 0 }).includes("name: 'Friend''s tip'"), true);
  });
});

describe('moveTextInPlace', () => {
  it('writes the same text as the move through the parsed text in between, whenever it answers', () => {
    const doc = parseDocument(MAP, { keepSourceTokens: true });
    const data = doc.toJS() as Plain;
    let answered = 0;
    for (let stage = 0; stage < 4; stage++) {
      for (const [from, to, index] of [[0, stage, 0], [3, stage, 5], [1, (stage + 1) % 4, 9], [5, stage, 10]] as const) {
        const fromPath = ['stages', stage, 'touchpoints', from];
        const toPath = ['stages', to, 'touchpoints'];
        const item = (data as { stages: { touchpoints: Plain[] }[] }).stages[stage].touchpoints[from];
        const fast = moveTextInPlace(MAP, doc, fromPath, toPath, index, item);
        if (fast === null) continue;
        answered++;
        assert.equal(fast, moveText(MAP, doc, fromPath, toPath, index, item));
      }
    }
    assert.ok(answered >= 12, `answered ${answered}`);
  });

  it('leaves a move into the moved item or out of the last two items of its own list to the slower path', () => {
    const doc = parseDocument(MAP);
    assert.equal(moveTextInPlace(MAP, doc, ['stages', 1], ['stages', 1, 'touchpoints'], 0, null), null);
    assert.equal(moveTextInPlace(MAP, doc, ['stages', 1, 'touchpoints', 9], ['stages', 1, 'touchpoints'], 0, null), null);
  });
});
