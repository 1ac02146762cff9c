import assert from 'node:assert/strict';
import { apply, editFor, replaceOnce } from './helpers';
import { COMMENTED } from './sample';

describe('computeEdit: set', () => {
  it('replaces only the span of a plain scalar, with Cyrillic and emoji as plain text', () => {
    const edit = editFor(COMMENTED, { kind: 'set', path: ['stages', 0, 'name'], value: 'Найти 🔍' });
    assert.deepEqual(edit, { offset: COMMENTED.indexOf('Discover    #'), length: 'Discover'.length, newText: 'Найти 🔍' });
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['stages', 0, 'name'], value: 'Найти 🔍' }),
      replaceOnce(COMMENTED, 'name: Discover    #', 'name: Найти 🔍    #'));
  });

  it('keeps single quotes and doubles an apostrophe inside them', () => {
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['title'], value: "It's new" }),
      replaceOnce(COMMENTED, "title: 'First purchase'", "title: 'It''s new'"));
  });

  it('keeps double quotes, escaping what needs it', () => {
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['personas', 0, 'name'], value: 'Anna "A" 👩' }),
      replaceOnce(COMMENTED, '"Anna, busy parent"', '"Anna \\"A\\" 👩"'));
  });

  it('quotes a plain value when the new text would read as something else', () => {
    const cases: [string, string][] = [['Pay: card', '"Pay: card"'], ['123', '"123"'], ['true', '"true"'],
      ['# hash', '"# hash"'], [' padded', '" padded"'], ['', '""'], ['a #b', '"a #b"']];
    for (const [value, written] of cases) {
      assert.equal(apply(COMMENTED, { kind: 'set', path: ['stages', 0, 'name'], value }),
        replaceOnce(COMMENTED, 'name: Discover    #', `name: ${written}    #`), value);
    }
  });

  it('quotes a value inside a flow collection when a comma or bracket would split it', () => {
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['stages', 0, 'actions', 1], value: 'Asks friends, family' }),
      replaceOnce(COMMENTED, 'Asks friends]', '"Asks friends, family"]'));
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['channels', 1, 'name'], value: 'App: iOS' }),
      replaceOnce(COMMENTED, 'name: App}', 'name: "App: iOS"}'));
  });

  it('writes numbers, booleans and null', () => {
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['stages', 0, 'touchpoints', 1, 'emotion', 'anna'], value: 2 }),
      replaceOnce(COMMENTED, '{anna: -1}', '{anna: 2}'));
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['stages', 0, 'touchpoints', 0, 'emotion'], value: -2 }),
      replaceOnce(COMMENTED, 'emotion: 1\n', 'emotion: -2\n'));
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['cjm'], value: null }), replaceOnce(COMMENTED, 'cjm: 1', 'cjm: null'));
  });

  it('adds a missing key right after the last key of its map, at the map\'s indentation', () => {
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['stages', 0, 'touchpoints', 0, 'moment-of-truth'], value: true }),
      replaceOnce(COMMENTED, '        emotion: 1\n', '        emotion: 1\n        moment-of-truth: true\n'));
  });

  it('adds a missing key below the deeper-indented lines that belong to the last key', () => {
    const text = 'stages:\n  - id: a\n    pains:\n      - Slow\n      # more to come\n  - id: b\n';
    assert.equal(apply(text, { kind: 'set', path: ['stages', 0, 'goal'], value: 'Go' }),
      'stages:\n  - id: a\n    pains:\n      - Slow\n      # more to come\n    goal: Go\n  - id: b\n');
  });

  it('adds a key to a flow map inside its braces', () => {
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['channels', 0, 'kind'], value: 'web' }),
      replaceOnce(COMMENTED, '{id: web, name: Website}', '{id: web, name: Website, kind: web}'));
  });

  it('keeps a literal block scalar for multi-line text, switching to strip chomping when the end has no break', () => {
    assert.equal(apply(COMMENTED, { kind: 'set', path: ['stages', 2, 'goal'], value: 'Come back\nsoon' }),
      replaceOnce(COMMENTED, '    goal: |\n      Come back\n      and buy again\n', '    goal: |-\n      Come back\n      soon\n'));
  });

  it('fills an empty value after its colon', () => {
    const text = 'cjm: 1\ntitle:\nstages: []\n';
    assert.equal(apply(text, { kind: 'set', path: ['title'], value: 'Hi' }), 'cjm: 1\ntitle: Hi\nstages: []\n');
  });

  it('replaces a per-persona emotion map by one score', () => {
    const text = 'stages:\n  - id: a\n    emotion:\n      anna: 1   # happy\n      ben: -1\n    name: A\n';
    assert.equal(apply(text, { kind: 'set', path: ['stages', 0, 'emotion'], value: 0 }),
      'stages:\n  - id: a\n    emotion: 0   # happy\n    name: A\n'.replace('0   # happy\n', '0\n'));
  });

  it('produces a no-op edit when the value is already there', () => {
    const edit = editFor(COMMENTED, { kind: 'set', path: ['stages', 0, 'name'], value: 'Discover' });
    assert.deepEqual(edit, { offset: edit.offset, length: 0, newText: '' });
  });
});
