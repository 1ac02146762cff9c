import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { BASE, edit, expectOnly, problemsOf } from './analyzeTestKit';

const WHOLE_NUMBER = (written: string, nearest: string) =>
  `Emotion ${written} must be written as a whole number: ${nearest} (no decimal point, exponent, hexadecimal or octal).`;

describe('analyze: diagnostics that say what happened', () => {
  it('a lone CR ends a line as YAML 1.2 says: a trailing one, and a whole file of them', () => {
    assert.deepEqual(problemsOf(`${BASE}\r`), []);
    const classicMac = BASE.replace(/\n/g, '\r');
    assert.deepEqual(problemsOf(classicMac), []);
    const broken = edit(classicMac, 'channel: app', 'channel: ap');
    const problem = problemsOf(broken).find((p) => p.code === 'unknown-channel')!;
    assert.equal(broken.slice(problem.offset, problem.offset + problem.length), 'ap', 'ranges count the CR as one character');
    assert.notEqual(analyze(classicMac).model, null);
  });

  it('invalid-utf8: a warning at the first U+FFFD a decoder left for bytes that were not UTF-8', () => {
    const text = edit(edit(BASE, 'title: Shop', 'title: Caf\uFFFD'), 'name: Anna', 'name: Ann\uFFFD');
    const problems = problemsOf(text);
    assert.deepEqual(problems.map((p) => [p.code, p.severity, p.offset, p.length]), [['invalid-utf8', 'warning', text.indexOf('\uFFFD'), 1]]);
    assert.equal(problems[0].message,
      'This file holds U+FFFD, the character that replaces bytes that are not valid UTF-8: the file is probably not saved as UTF-8, and the letters there are lost. Save it as UTF-8.');
  });

  it('emotion: a sign and decimal digits are accepted (+2, -1, 0, 02)', () => {
    for (const written of ['+2', '-1', '0', '2', '02', '-2']) {
      assert.deepEqual(problemsOf(edit(BASE, '    emotion: 1\n', `    emotion: ${written}\n`)), [], written);
    }
    assert.deepEqual(problemsOf(edit(BASE, '{ anna: 1 }', '{ anna: +1 }')), []);
  });

  it('invalid-emotion for 2.0, 0x2, 0o2 and 1e-400, which YAML reads as numbers in range', () => {
    for (const [written, nearest] of [['2.0', '2'], ['0x2', '2'], ['0o2', '2'], ['1e-400', '0'], ['-1.0e0', '-1']]) {
      const problem = expectOnly(edit(BASE, '    emotion: 1\n', `    emotion: ${written}\n`), 'invalid-emotion', written,
        WHOLE_NUMBER(written, nearest));
      assert.equal(problem.suggestion, nearest);
    }
    expectOnly(edit(BASE, '{ anna: 1 }', '{ anna: 0x1 }'), 'invalid-emotion', '0x1', WHOLE_NUMBER('0x1', '1'));
  });

  it('out of range and fractions keep their own messages, with the number as written', () => {
    expectOnly(edit(BASE, '    emotion: 1\n', '    emotion: 0x10\n'), 'invalid-emotion', '0x10',
      'Emotion 0x10 is out of range: use an integer from -2 (very negative) to +2 (very positive).');
    expectOnly(edit(BASE, '    emotion: 1\n', '    emotion: 1.50\n'), 'invalid-emotion', '1.50',
      'Emotion 1.50 is not an integer: use an integer from -2 (very negative) to +2 (very positive).');
  });

  it('unknown-key at a collection used as a key, spelled as the data spells it', () => {
    const allowed = 'Allowed keys: cjm, id, title, description, lang, type, owner, reviewed, tags, personas, channels, lanes, stages.';
    expectOnly(edit(BASE, 'title: Shop\n', 'title: Shop\n[a, b]: 1\n'), 'unknown-key', '[a, b]', `Unknown key "[ a, b ]" in the map. ${allowed}`);
    expectOnly(edit(BASE, 'title: Shop\n', 'title: &t Shop\n*t : 1\n'), 'unknown-key', '*t', `Unknown key "Shop" in the map. ${allowed}`);
  });
});
