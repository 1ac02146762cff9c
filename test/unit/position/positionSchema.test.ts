import assert from 'node:assert/strict';
import {
  allowedKeysAt, declarationKindAt, keyDescriptionAt, referenceKindAt, valueChoicesAt,
} from '../../../src/core/positionSchema';
import { parseCodeTarget, isWebLink, codeEntries } from '../../../src/core/positionLinks';
import { parseDocument } from 'yaml';

describe('positionSchema', () => {
  it('lists the keys of a touchpoint in schema order with required flags and descriptions', () => {
    const keys = allowedKeysAt(['stages', 3, 'touchpoints', 0]);
    assert.deepEqual(keys.map((k) => k.key), [
      'id', 'name', 'description', 'channel', 'personas', 'emotion', 'moment-of-truth', 'pains', 'opportunities',
      'owner', 'metrics', 'links', 'code', 'journey',
    ]);
    assert.deepEqual(keys.filter((k) => k.required).map((k) => k.key), ['id', 'name']);
    assert.equal(keys.find((k) => k.key === 'channel')?.description,
      'Id of the channel of this touchpoint; must name a channel declared under `channels:`.');
  });

  it('lists root keys and backstage keys; nothing for a list or a scalar', () => {
    assert.equal(allowedKeysAt([])[0].key, 'cjm');
    assert.deepEqual(allowedKeysAt(['stages', 0, 'backstage']).map((k) => k.key), ['owners', 'systems', 'processes']);
    assert.deepEqual(allowedKeysAt(['stages']), []);
    assert.deepEqual(allowedKeysAt(['title']), []);
    assert.deepEqual(allowedKeysAt(['nope', 1]), []);
  });

  it('describes keys through optional wrappers', () => {
    assert.equal(keyDescriptionAt(['stages', 0, 'backstage']),
      'What happens behind the scenes: owners, systems and processes the customer does not see.');
    assert.match(keyDescriptionAt(['id']) ?? '', /^Id of the map/);
    assert.equal(keyDescriptionAt(['unknown']), undefined);
  });

  it('gives enum, boolean, literal and emotion values', () => {
    assert.deepEqual(valueChoicesAt(['type']), ['basic', 'emotions', 'channels', 'persona', 'internal']);
    assert.equal(valueChoicesAt(['channels', 0, 'kind']).length, 11);
    assert.deepEqual(valueChoicesAt(['stages', 0, 'touchpoints', 2, 'moment-of-truth']), ['true', 'false']);
    assert.deepEqual(valueChoicesAt(['cjm']), ['1']);
    assert.deepEqual(valueChoicesAt(['stages', 0, 'emotion']), ['2', '1', '0', '-1', '-2']);
    assert.deepEqual(valueChoicesAt(['stages', 0, 'touchpoints', 0, 'emotion', 'anna']), ['2', '1', '0', '-1', '-2']);
    assert.deepEqual(valueChoicesAt(['title']), []);
  });

  it('offers the map languages for lang: and describes the key on hover', () => {
    assert.deepEqual(valueChoicesAt(['lang']), ['en', 'ru', 'pl', 'lv']);
    assert.ok(allowedKeysAt([]).some((k) => k.key === 'lang' && !k.required));
    assert.equal(keyDescriptionAt(['lang']),
      'Language of the map\'s exports (lane titles, "target", column headers, number format): en, ru, pl, lv; defaults to VS Code\'s language (on the command line, --locale).');
  });

  it('knows which scalars are references and which declare ids', () => {
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 1, 'channel'], 'value'), 'channel');
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 1, 'personas', 0], 'value'), 'persona');
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 1, 'emotion', 'anna'], 'key'), 'persona');
    assert.equal(referenceKindAt(['stages', 2, 'emotion', 'anna'], 'key'), 'persona');
    assert.equal(referenceKindAt(['stages', 2, 'lanes', 'questions'], 'key'), 'lane');
    assert.equal(referenceKindAt(['stages', 2, 'lanes', 'questions'], 'value'), null);
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 1, 'channel'], 'key'), null);
    assert.equal(declarationKindAt(['stages', 1, 'touchpoints', 0, 'id']), 'touchpoint');
    assert.equal(declarationKindAt(['stages', 1, 'id']), 'stage');
    assert.equal(declarationKindAt(['channels', 1, 'id']), 'channel');
    assert.equal(declarationKindAt(['stages', 1, 'metrics', 0, 'id']), 'metric');
    assert.equal(declarationKindAt(['id']), 'map');
    assert.equal(declarationKindAt(['stages', 1, 'name']), null);
  });
});

describe('positionLinks', () => {
  it('splits code targets', () => {
    assert.deepEqual(parseCodeTarget('src/a.ts'), { file: 'src/a.ts' });
    assert.deepEqual(parseCodeTarget('./src/a.ts#L12'), { file: 'src/a.ts', line: 12 });
    assert.deepEqual(parseCodeTarget('src/a.ts#L12-L30'), { file: 'src/a.ts', line: 12, endLine: 30 });
    assert.deepEqual(parseCodeTarget('src/a.ts#Hero'), { file: 'src/a.ts', symbol: 'Hero' });
  });

  it('accepts only http and https links', () => {
    assert.equal(isWebLink('https://example.com/x'), true);
    assert.equal(isWebLink('http://example.com'), true);
    assert.equal(isWebLink('javascript:alert(1)'), false);
    assert.equal(isWebLink('file:///etc/passwd'), false);
  });

  it('finds code entries with ranges inside quotes', () => {
    const text = 'stages:\n  - id: s\n    touchpoints:\n      - id: t\n        code: ["src/ä.ts#L2", lib/b.ts]\n';
    const entries = codeEntries(parseDocument(text, { keepSourceTokens: true }), text);
    assert.deepEqual(entries.map((e) => [e.value, e.offset, e.length]), [
      ['src/ä.ts#L2', text.indexOf('src/ä'), 11], ['lib/b.ts', text.indexOf('lib/b'), 8],
    ]);
    assert.deepEqual(entries[1].path, ['stages', 0, 'touchpoints', 0, 'code', 1]);
  });
});
