import { strict as assert } from 'node:assert';
import { LineLocator } from '../../../src/core/lineLocator';

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
