import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { generateMapText } from '../../../bench/generateMap';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/types';

const PIECES = ['\n', '\r\n', '  ', '\t', ':', '- ', '[', ']', '{', '}', '"', "'", '#', '&a ', '*a', 'id: ', 'channel: x',
  'emotion: 9', 'é', 'ж', '😀', '\u0000', '---\n'];

/** Every range of an analysis lies inside its text. */
function assertRangesInside(analysis: Analysis): void {
  const n = analysis.text.length;
  for (const r of [...analysis.problems, ...analysis.index.declarations, ...analysis.index.references]) {
    assert.ok(Number.isInteger(r.offset) && Number.isInteger(r.length), JSON.stringify(r));
    assert.ok(r.offset >= 0 && r.length >= 0 && r.offset + r.length <= n, JSON.stringify(r));
    if (n > 0 && 'severity' in r) assert.ok(r.length > 0, JSON.stringify(r));
  }
}

const edits = fc.array(fc.record({
  at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })),
}), { maxLength: 8 });

describe('analyze: properties', () => {
  it('never throws and keeps every range inside the text, for generated maps under random edits', function () {
    this.timeout(60000);
    fc.assert(fc.property(fc.integer({ min: 1, max: 25 }), edits, (size, changes) => {
      let text = generateMapText(size);
      for (const change of changes) {
        const at = change.at % (text.length + 1);
        text = text.slice(0, at) + change.insert + text.slice(at + change.remove);
      }
      assertRangesInside(analyze(text));
    }), { numRuns: 300 });
  });

  it('the generated maps themselves are valid', () => {
    for (const size of [5, 10, 40]) assert.deepEqual(analyze(generateMapText(size)).problems, []);
  });

  it('every id occurrence in the index spells its id in the text', function () {
    this.timeout(60000);
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), (size) => {
      const analysis = analyze(generateMapText(size));
      for (const o of [...analysis.index.declarations, ...analysis.index.references]) {
        assert.equal(analysis.text.slice(o.offset, o.offset + o.length), o.id);
      }
    }), { numRuns: 30 });
  });
});
