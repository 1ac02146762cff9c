import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { BASE, edit, expectOnly, problemsOf } from './analyzeTestKit';

describe('analyze: schema problems', () => {
  it('reports nothing for the valid base map and returns its model', () => {
    const analysis = analyze(BASE);
    assert.deepEqual(analysis.problems, []);
    assert.equal(analysis.model?.stages[0].touchpoints?.[0].channel, 'web');
  });

  it('missing-key: anchored on the key of the mapping that lacks it', () => {
    const text = edit(BASE, '    name: Discover\n', '');
    const p = expectOnly(text, 'missing-key', 'id: «discover»',
      'Missing required key "name" in stage "discover". A stage needs: id, name.');
    assert.deepEqual(p.path, ['stages', 0, 'name']);
  });

  it('missing-key at the top level points at the first key', () => {
    expectOnly(edit(BASE, 'title: Shop\n', ''), 'missing-key', 'cjm',
      'Missing required key "title" in the map. A map needs: cjm, title, stages.');
  });

  it('missing-key in a list item points at the item id', () => {
    const text = edit(BASE, 'lanes:\n  - id: questions\n    name: Questions\n', 'lanes:\n  - id: questions\n');
    expectOnly(text, 'missing-key', '- id: «questions»\nstages', 'Missing required key "name" in lane "questions". A lane needs: id, name.');
  });

  it('unknown-key: the key itself, with did-you-mean', () => {
    const p = expectOnly(edit(BASE, '        channel: web', '        channel: web\n        ownr: Growth'), 'unknown-key', 'ownr',
      'Unknown key "ownr" in touchpoint "ad". Allowed keys: id, name, description, channel, personas, emotion, '
      + 'moment-of-truth, pains, opportunities, owner, metrics, links, code, journey. Did you mean "owner"?');
    assert.equal(p.suggestion, 'owner');
    assert.deepEqual(p.path, ['stages', 0, 'touchpoints', 0, 'ownr']);
  });

  it('wrong-type: the offending value, naming what was given', () => {
    expectOnly(edit(BASE, 'title: Shop', 'title: 12'), 'wrong-type', '12', '"title" must be text; got the number 12.');
  });

  it('wrong-type for an entry of a list', () => {
    expectOnly(edit(BASE, '[Where is it?]', '[Where is it?, 7]'), 'wrong-type', '7',
      'Each entry of "questions" must be text; got the number 7.');
  });

  it('invalid-value: an enum, with the allowed values and did-you-mean', () => {
    const p = expectOnly(edit(BASE, '    name: Website\n', '    name: Website\n    kind: wbe\n'), 'invalid-value', 'wbe',
      '"kind" cannot be text "wbe". Allowed: web, mobile, email, phone, store, social, ads, chat, mail, word-of-mouth, other. Did you mean "web"?');
    assert.equal(p.suggestion, 'web');
  });

  it('invalid-value: a map language (`lang:`) outside en, ru, pl, lv, with did-you-mean', () => {
    const p = expectOnly(edit(BASE, 'title: Shop\n', 'title: Shop\nlang: rus\n'), 'invalid-value', 'lang: «rus»',
      '"lang" cannot be text "rus". Allowed: en, ru, pl, lv. Did you mean "ru"?');
    assert.equal(p.suggestion, 'ru');
    assert.deepEqual(problemsOf(edit(BASE, 'title: Shop\n', 'title: Shop\nlang: lv\n')), []);
  });

  it('unsupported-version', () => {
    const p = expectOnly(edit(BASE, 'cjm: 1', 'cjm: 2'), 'unsupported-version', '2',
      'Unsupported format version 2: this extension reads version 1 ("cjm: 1").');
    assert.equal(p.suggestion, '1');
  });

  it('invalid-id: the id without its quotes, with a fixed id as suggestion', () => {
    const text = edit(BASE, 'id: discover', 'id: "dis cover"');
    const p = expectOnly(text, 'invalid-id', 'dis cover',
      'Invalid id "dis cover": an id starts with a letter or digit and then holds only letters, digits, "-", "_" or "."; no spaces or slashes. Did you mean "dis-cover"?');
    assert.equal(p.suggestion, 'dis-cover');
  });

  it('invalid-emotion: out of range and not an integer, per persona too', () => {
    expectOnly(edit(BASE, '    emotion: 1\n', '    emotion: 3\n'), 'invalid-emotion', '3',
      'Emotion 3 is out of range: use an integer from -2 (very negative) to +2 (very positive).');
    const p = expectOnly(edit(BASE, '{ anna: 1 }', '{ anna: -1.5 }'), 'invalid-emotion', '-1.5',
      'Emotion -1.5 is not an integer: use an integer from -2 (very negative) to +2 (very positive).');
    assert.equal(p.suggestion, '-1');
  });

  it('wrong-type for an emotion that is neither a number nor a mapping', () => {
    expectOnly(edit(BASE, '    emotion: 1\n', '    emotion: happy\n'), 'wrong-type', 'happy',
      '"emotion" must be an integer from -2 to +2, or one per persona such as { anna: 1 }; got text "happy".');
  });

  it('keeps the model when only reference problems exist, clears it on schema problems', () => {
    assert.notEqual(analyze(edit(BASE, 'channel: web', 'channel: wbe')).model, null);
    assert.equal(analyze(edit(BASE, 'title: Shop', 'title: 12')).model, null);
  });

  it('reports several problems in text order', () => {
    const text = edit(edit(BASE, 'title: Shop', 'title: [Shop]'), 'channel: app', 'channel: ap');
    assert.deepEqual(problemsOf(text).map((p) => p.code), ['wrong-type', 'unused-channel', 'unknown-channel']);
  });
});
