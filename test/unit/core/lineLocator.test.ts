import { strict as assert } from 'node:assert';
import { columnOf, lineEndOf, LineLocator, lineStartOf, nextLineStartOf } from '../../../src/core/lineLocator';

describe('LineLocator', () => {
  it('counts LF, CRLF and lone CR as line ends, and characters in UTF-16 code units', () => {
    const text = 'a\nbé\r\n😀x\rlast';
    const lines = new LineLocator(text);
    assert.deepEqual(lines.at(0), { line: 0, character: 0 });
    assert.deepEqual(lines.at(text.indexOf('é')), { line: 1, character: 1 });
    assert.deepEqual(lines.at(text.indexOf('\r\n') + 1), { line: 1, character: 3 }, 'the \\n of a CRLF is still on its line');
    assert.deepEqual(lines.at(text.indexOf('x')), { line: 2, character: 2 }, 'an emoji is two code units');
    assert.deepEqual(lines.at(text.length), { line: 3, character: 4 });
  });
});

/** Line starts found by a regular expression over the breaks YAML knows (CRLF, CR, LF): the test's own oracle. */
function oracleStarts(text: string): number[] {
  return [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
}

describe('lineStartOf, nextLineStartOf, columnOf', () => {
  const texts = ['a\nbé\r\n😀x\rlast', 'cjm: 1\rtitle: T\r', '\r\n\r\r\n\n', 'one line', '', 'x\r', 'a:\r\n  - b\r  - c\n'];
  for (const text of texts) {
    it(`agree with the breaks of ${JSON.stringify(text)} at every offset`, () => {
      const starts = oracleStarts(text);
      for (let offset = 0; offset <= text.length; offset++) {
        // The offset between the CR and LF of a CRLF still belongs to the line the pair ends.
        const line = starts.filter((s) => s <= offset && !(text[offset - 1] === '\r' && text[offset] === '\n' && s === offset)).length - 1;
        assert.equal(lineStartOf(text, offset), starts[line], `line start at ${offset}`);
        assert.equal(nextLineStartOf(text, offset), starts[line + 1] ?? text.length, `next line start at ${offset}`);
        assert.equal(columnOf(text, offset), offset - starts[line], `column at ${offset}`);
        assert.deepEqual(new LineLocator(text).at(offset), { line, character: offset - starts[line] }, `LineLocator at ${offset}`);
      }
    });
  }
});

describe('lineEndOf', () => {
  it('is the end of the line content, before LF, CRLF or a lone CR', () => {
    const text = 'ab\r\ncd\ref\ngh';
    assert.deepEqual([0, 2, 4, 6, 7, 9, 10, 12].map((o) => lineEndOf(text, o)), [2, 2, 6, 6, 9, 9, 12, 12]);
  });
});
