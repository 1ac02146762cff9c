import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { closestMatch, editDistance } from '../../../src/core/didYouMean';
import { keyRangeOfPath, rangeOfPath } from '../../../src/core/ranges';
import { BASE, spanOf } from './analyzeTestKit';

describe('ranges: rangeOfPath and keyRangeOfPath', () => {
  const doc = parseDocument(BASE, { keepSourceTokens: true });

  it('gives the value node of a path and the key of its last segment', () => {
    assert.deepEqual(rangeOfPath(doc, ['stages', 0, 'touchpoints', 1, 'channel']), spanOf(BASE, 'channel: «app»'));
    assert.deepEqual(keyRangeOfPath(doc, ['stages', 0, 'touchpoints', 1, 'channel']), spanOf(BASE, '«channel»: app'));
    assert.deepEqual(rangeOfPath(doc, ['stages', 0, 'touchpoints', 0, 'emotion', 'anna']), spanOf(BASE, '{ anna: «1» }'));
    assert.deepEqual(rangeOfPath(doc, ['stages', 0, 'touchpoints', 0, 'personas', 0]), spanOf(BASE, '[«anna»]'));
  });

  it('returns null for a path that leads nowhere, and for the key of a list item', () => {
    assert.equal(rangeOfPath(doc, ['stages', 3]), null);
    assert.equal(rangeOfPath(doc, ['nope']), null);
    assert.equal(keyRangeOfPath(doc, ['stages', 0]), null);
  });

  it('includes the quotes of a quoted value', () => {
    const text = 'a: "x y"\n';
    assert.deepEqual(rangeOfPath(parseDocument(text), ['a']), { offset: 3, length: 5 });
  });
});

describe('didYouMean: closestMatch', () => {
  it('finds typos: a swap, a missing and an extra letter, case', () => {
    assert.equal(closestMatch('wbe', ['web', 'app']), 'web');
    assert.equal(closestMatch('chanel', ['name', 'channel']), 'channel');
    assert.equal(closestMatch('Anna', ['anna', 'ben']), 'anna');
    assert.equal(closestMatch('саит', ['сайт']), 'сайт');
  });

  it('proposes nothing far away, and never the value itself', () => {
    assert.equal(closestMatch('xyz', ['web', 'app']), undefined);
    assert.equal(closestMatch('web', ['web']), undefined);
    assert.equal(closestMatch('x', []), undefined);
  });

  it('counts edits with transpositions', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('ab', 'ba'), 1);
  });
});
