import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMapText } from '../../../bench/generateMap';
import { analyze } from '../../../src/core/analyze';
import { IncrementalAnalyzer } from '../../../src/core/incremental/incrementalAnalyzer';
import { codeEntries, codeEntriesOf } from '../../../src/core/positionLinks';
import type { Analysis } from '../../../src/core/types';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

/** The analysis with its document readable only through a counter. */
function counted(analysis: Analysis): { analysis: Analysis; reads: () => number } {
  let reads = 0;
  const wrapped = { ...analysis };
  Object.defineProperty(wrapped, 'doc', { get: () => (reads++, analysis.doc) });
  return { analysis: wrapped as Analysis, reads: () => reads };
}

describe('codeEntriesOf', () => {
  it('gives exactly the entries of the full walk on the example maps, incremental analyses included', () => {
    for (const name of ['ecommerce-checkout.cjm.yaml', 'bank-omnichannel.cjm.yaml']) {
      const text = readFileSync(join(EXAMPLES, name), 'utf8');
      const full = analyze(text);
      const expected = codeEntries(full.doc, text);
      assert.ok(expected.length > 0, name);
      assert.deepEqual(codeEntriesOf(full), expected);
      assert.deepEqual(codeEntriesOf(new IncrementalAnalyzer().analyze(text)), expected);
    }
  });

  it('does not read the document of a map whose touchpoints have no code entries', () => {
    const { analysis, reads } = counted(new IncrementalAnalyzer().analyze(generateMapText(100)));
    assert.deepEqual(codeEntriesOf(analysis), []);
    assert.equal(reads(), 0);
  });

  it('walks the document of a map that does not validate, with exact ranges', () => {
    const text = 'stages:\n  - id: s\n    touchpoints:\n      - id: t\n        emotion: 7\n        code: ["src/ä.ts#L2", lib/b.ts]\n';
    const analysis = analyze(text);
    assert.equal(analysis.model, null);
    assert.deepEqual(codeEntriesOf(analysis).map((e) => [e.value, e.offset, e.length]),
      [['src/ä.ts#L2', text.indexOf('src/ä'), 11], ['lib/b.ts', text.indexOf('lib/b'), 8]]);
  });
});
