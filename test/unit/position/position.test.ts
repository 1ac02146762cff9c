import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { scalarAtOffset } from '../../../src/core/position';
import { completionSiteAt } from '../../../src/core/positionCompletion';

const MAP = [
  'cjm: 1',
  'title: "Покупка — first"',
  'personas:',
  '  - id: anna',
  '    name: Anna',
  'stages:',
  '  - id: discover',
  '    emotion: { anna: 1, ben: -1 }',
  '    touchpoints:',
  '      - id: search-ad',
  '        channel: web',
  '        personas: [anna]',
  '    lanes:',
  '      questions: [Why?]',
  '',
].join('\n');

const parse = (text: string) => parseDocument(text, { keepSourceTokens: true });
/** Offset of the `nth` occurrence of `needle` plus `delta`. */
function at(text: string, needle: string, delta = 0, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `needle ${needle} not found`);
  return index + delta;
}

describe('scalarAtOffset', () => {
  const doc = parse(MAP);

  it('finds a key with its path and exact range', () => {
    const hit = scalarAtOffset(doc, at(MAP, 'channel:', 3));
    assert.deepEqual(hit, {
      path: ['stages', 0, 'touchpoints', 0, 'channel'], part: 'key', offset: at(MAP, 'channel:'), length: 7, value: 'channel',
    });
  });

  it('finds a value, also with the caret just after it', () => {
    const hit = scalarAtOffset(doc, at(MAP, 'web') + 3);
    assert.equal(hit?.part, 'value');
    assert.deepEqual(hit?.path, ['stages', 0, 'touchpoints', 0, 'channel']);
    assert.equal(hit?.offset, at(MAP, 'web'));
    assert.equal(hit?.value, 'web');
  });

  it('finds items of flow lists and keys of flow maps', () => {
    assert.deepEqual(scalarAtOffset(doc, at(MAP, '[anna]', 2))?.path, ['stages', 0, 'touchpoints', 0, 'personas', 0]);
    const ben = scalarAtOffset(doc, at(MAP, 'ben', 1));
    assert.deepEqual([ben?.path, ben?.part, ben?.offset], [['stages', 0, 'emotion', 'ben'], 'key', at(MAP, 'ben')]);
    assert.deepEqual(scalarAtOffset(doc, at(MAP, 'Why?', 1))?.path, ['stages', 0, 'lanes', 'questions', 0]);
  });

  it('keeps quotes in a quoted value range and counts UTF-16 units', () => {
    const hit = scalarAtOffset(doc, at(MAP, 'Покупка'));
    assert.equal(hit?.offset, at(MAP, '"Покупка'));
    assert.equal(hit?.length, '"Покупка — first"'.length);
    assert.equal(hit?.value, 'Покупка — first');
  });

  it('returns null between nodes and for an empty document', () => {
    assert.equal(scalarAtOffset(doc, at(MAP, '  - id: discover', 1)), null);
    assert.equal(scalarAtOffset(parse(''), 0), null);
  });
});

describe('completionSiteAt', () => {
  function site(text: string, offset: number) {
    return completionSiteAt(parse(text), text, offset);
  }

  it('a blank line inside a touchpoint completes its keys, without those present', () => {
    const text = MAP.replace('        personas: [anna]\n', '        personas: [anna]\n        \n');
    const offset = at(text, '        \n', 8);
    assert.deepEqual(site(text, offset), {
      kind: 'key', path: ['stages', 0, 'touchpoints', 0], presentKeys: ['id', 'channel', 'personas'], offset, length: 0,
    });
  });

  it('a half-typed key excludes itself and covers the whole word', () => {
    const text = MAP.replace('    lanes:', '    go\n    lanes:');
    const offset = at(text, '    go', 5);
    assert.deepEqual(site(text, offset), {
      kind: 'key', path: ['stages', 0], presentKeys: ['id', 'emotion', 'touchpoints', 'lanes'], offset: offset - 1, length: 2,
    });
  });

  it('a new list item of touchpoints completes touchpoint keys', () => {
    const text = MAP.replace('    lanes:', '      - \n    lanes:');
    const offset = at(text, '      - \n', 8);
    assert.deepEqual(site(text, offset)?.path, ['stages', 0, 'touchpoints', 1]);
    assert.equal(site(text, offset)?.kind, 'key');
  });

  it('after `key: ` completes the value at that path', () => {
    const text = MAP.replace('channel: web', 'channel: w');
    const offset = at(text, 'channel: w', 10);
    assert.deepEqual(site(text, offset), {
      kind: 'value', path: ['stages', 0, 'touchpoints', 0, 'channel'], presentKeys: [], offset: offset - 1, length: 1,
    });
  });

  it('inside a flow list completes the next item', () => {
    const text = MAP.replace('[anna]', '[anna, ]');
    assert.deepEqual(site(text, at(text, '[anna, ]', 7))?.path, ['stages', 0, 'touchpoints', 0, 'personas', 1]);
  });

  it('inside a flow map tells keys from values', () => {
    const keySite = site(MAP, at(MAP, ' ben', 1));
    assert.deepEqual([keySite?.kind, keySite?.path, keySite?.presentKeys], ['key', ['stages', 0, 'emotion'], ['anna']]);
    const valueSite = site(MAP, at(MAP, '-1 }', 2));
    assert.deepEqual([valueSite?.kind, valueSite?.path], ['value', ['stages', 0, 'emotion', 'ben']]);
  });

  it('under a key with no value yet completes the keys of that value', () => {
    const text = 'cjm: 1\nstages:\n  - id: a\n    backstage:\n      \n';
    assert.deepEqual(site(text, at(text, 'backstage:\n', 17))?.path, ['stages', 0, 'backstage']);
    const list = 'cjm: 1\nstages:\n  - id: a\n    touchpoints:\n      - \n';
    const s = site(list, at(list, '- \n', 2));
    assert.deepEqual([s?.kind, s?.path], ['key', ['stages', 0, 'touchpoints', 0]]);
  });

  it('at the top level completes root keys; an empty file too', () => {
    const text = MAP + 'ty';
    assert.deepEqual(site(text, text.length)?.path, []);
    assert.ok(site(text, text.length)?.presentKeys.includes('personas'));
    assert.deepEqual(site('', 0), { kind: 'key', path: [], presentKeys: [], offset: 0, length: 0 });
  });

  it('inside the first of two flow maps on a line completes that one', () => {
    const text = 'cjm: 1\nstages:\n  - id: s\n    metrics: [{ id: a,  }, { id: b, name: B }]\n';
    const s = site(text, at(text, 'a,  }', 3));
    assert.deepEqual([s?.kind, s?.path, s?.presentKeys], ['key', ['stages', 0, 'metrics', 0], ['id']]);
  });

  it('is null inside a comment', () => {
    const text = MAP + '# note ';
    assert.equal(site(text, text.length), null);
  });
});
