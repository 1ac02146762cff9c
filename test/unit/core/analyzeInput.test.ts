import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { MAX_TEXT_LENGTH } from '../../../src/core/inputGuards';
import { BASE, edit, expectOnly, expectProblem, problemsOf, spanOf } from './analyzeTestKit';

describe('analyze: bad input', () => {
  it('empty-file for an empty text, blanks only, or comments only', () => {
    assert.deepEqual(problemsOf('').map((p) => [p.code, p.offset, p.length]), [['empty-file', 0, 0]]);
    expectOnly('  \n# nothing here\n', 'empty-file', '  \n# nothing here\n',
      'The file is empty. A journey map needs at least "cjm: 1", a "title" and a list of "stages".');
  });

  it('not-a-map for a list or a scalar at the top', () => {
    expectOnly('- a\n- b', 'not-a-map', '- a\n- b',
      'The top level of a journey map must be a mapping with the keys cjm, title and stages; this file holds a list.');
    expectOnly('just text', 'not-a-map', 'just text',
      'The top level of a journey map must be a mapping with the keys cjm, title and stages; this file holds text "just text".');
  });

  it('binary-content at the first control character', () => {
    expectOnly('cjm: 1\n\u0000\u0007PNG', 'binary-content', '\u0000',
      'This file holds a control character (U+0000), so it looks like binary data, not YAML text.');
  });

  it('file-too-large without parsing', () => {
    const text = `title: x\n${'a: b\n'.repeat(MAX_TEXT_LENGTH / 4)}`;
    const [p] = problemsOf(text);
    assert.deepEqual([p.code, p.offset, p.length], ['file-too-large', 0, 'title: x'.length]);
    assert.match(p.message, /^This file is too large to analyse \(2\.5 M characters\); the limit is 2 M characters\./);
  });

  it('nesting-too-deep for 10,000 nested flow lists and block lists', () => {
    const flow = `cjm: 1\ntitle: ${'['.repeat(10000)}${']'.repeat(10000)}\n`;
    assert.deepEqual(problemsOf(flow).map((p) => p.code), ['nesting-too-deep']);
    const block = `cjm: 1\ntitle:\n${'- '.repeat(10000)}x\n`;
    const problems = problemsOf(block);
    assert.deepEqual(problems.map((p) => p.code), ['nesting-too-deep']);
    assert.equal(problems[0].message, 'The YAML nests too deeply to analyse; a journey map needs only a few levels.');
  });

  it('too-many-aliases for a billion-laughs alias bomb', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h']]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const text = `${levels.join('\n')}\n`;
    // a to e add 74,718 nodes; the first *e of f would add 66,430 more: the problem sits on that alias.
    expectOnly(text, 'too-many-aliases', 'f: &f [«*e»', 'The YAML aliases expand to too many nodes; aliases may add at most 100,000 nodes to a map.');
  });

  it('too-many-aliases for an alias inside its own anchor', () => {
    expectOnly('cjm: 1\ntitle: x\nstages: &s [{id: a, name: A, touchpoints: *s}]\n', 'too-many-aliases', '*s',
      'This alias points at a node that contains it, so its value would never end.');
  });

  it('unknown-anchor for an alias with no anchor before it, even when it is the whole file', () => {
    const text = edit(BASE, 'title: Shop', 'title: *nope');
    expectOnly(text, 'unknown-anchor', '*nope', 'Unknown anchor "nope": an alias *nope needs an anchor &nope earlier in the file.');
    expectOnly('*a\n', 'unknown-anchor', '*a', 'Unknown anchor "a": an alias *a needs an anchor &a earlier in the file.');
    const later = edit(BASE, 'personas: [anna]', 'personas: [*p]').replace('  - id: anna', '  - id: &p anna');
    assert.deepEqual(problemsOf(later), [], 'an anchor before the alias resolves it');
    const after = edit(edit(BASE, 'channel: web', 'channel: *w'), 'channel: app', 'channel: &w app');
    expectOnly(after, 'unknown-anchor', '*w', 'Unknown anchor "w": an alias *w needs an anchor &w earlier in the file.');
  });

  it('yaml-syntax and duplicate-key', () => {
    const syntax = problemsOf('cjm: 1\ntitle: "open\nstages: []\n');
    assert.equal(syntax[0].code, 'yaml-syntax');
    assert.ok(!syntax[0].message.includes('\n'), 'message is one line');
    const text = 'cjm: 1\ntitle: A\n"title": B\nstages: []\n';
    expectOnly(text, 'duplicate-key', '"title"', 'Duplicate key "title": a key may appear only once in a mapping.');
    assert.equal(analyze(text).model, null);
  });

  it('yaml-warning for an unresolved tag, keeping the analysis going', () => {
    const text = edit(BASE, 'name: Search ad', 'name: !fancy Search ad');
    expectOnly(text, 'yaml-warning', '!fancy', 'Unresolved tag: !fancy.');
  });

  it('never throws on arbitrary bytes decoded as text', () => {
    const bytes = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    assert.ok(analyze(bytes).problems.length > 0);
  });
});

describe('analyze: line ends, tabs and scripts', () => {
  const crlf = BASE.replace(/\n/g, '\r\n');

  it('ranges are right in a CRLF file', () => {
    const text = edit(crlf, 'channel: app', 'channel: ap');
    const p = problemsOf(text).find((x) => x.code === 'unknown-channel')!;
    assert.deepEqual({ offset: p.offset, length: p.length }, spanOf(text, 'channel: «ap»\r\n'));
    assert.deepEqual(problemsOf(crlf), []);
  });

  it('ranges count UTF-16 code units after Cyrillic, diacritics and emoji', () => {
    const text = `cjm: 1\ntitle: Банк 🏦 — Rīga\r\nchannels:\n  - { id: сайт, name: "Сайт 🌐" }\nstages:\n  - id: выбор\n    name: Vēlēšanās 😀😀\n`
      + '    touchpoints:\n      - id: страница\n        name: Страница ✨\n        channel: саит\n';
    expectProblem(text, 'unknown-channel', 'channel: «саит»',
      'Unknown channel "саит". Declared channels: сайт. Did you mean "сайт"?');
  });

  it('a tab between a key and its value does not shift the range', () => {
    const text = edit(BASE, 'channel: app', 'channel:\tapp\t');
    assert.deepEqual(problemsOf(text), []);
    const bad = edit(BASE, 'channel: app', 'channel:\taq');
    expectOnly(bad.replace('  - id: app\n    name: App\n', ''), 'unknown-channel', '\t«aq»', 'Unknown channel "aq". Declared channels: web.');
  });

  it('ids in any script are valid, an emoji first is not', () => {
    const text = edit(BASE, 'id: discover', 'id: 🎉party');
    expectOnly(text, 'invalid-id', '🎉party',
      'Invalid id "🎉party": an id starts with a letter or digit and then holds only letters, digits, "-", "_" or "."; no spaces or slashes. Did you mean "party"?');
  });
});
