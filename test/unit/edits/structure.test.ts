import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { computeEdit } from '../../../src/core/edits';
import { expectedData } from './editOracle';
import { apply, refusal, replaceOnce } from './helpers';
import { COMMENTED } from './sample';

const TP = { id: 'pay', name: 'Pay: card', personas: ['anna'], emotion: -1 };
const TP_LINES = '      - id: pay\n        name: "Pay: card"\n        personas: [anna]\n        emotion: -1\n';

describe('computeEdit: insert', () => {
  it('creates a missing touchpoints key at the stage\'s indentation', () => {
    assert.equal(apply(COMMENTED, { kind: 'insert', path: ['stages', 1, 'touchpoints'], index: 0, value: TP }),
      replaceOnce(COMMENTED, '      - Slow page\n', `      - Slow page\n    touchpoints:\n${TP_LINES}`));
  });

  it('puts a touchpoint before the first one, and one after the last one below its comment lines', () => {
    assert.equal(apply(COMMENTED, { kind: 'insert', path: ['stages', 0, 'touchpoints'], index: 0, value: TP }),
      replaceOnce(COMMENTED, '      - id: search-ad\n', `${TP_LINES}      - id: search-ad\n`));
    assert.equal(apply(COMMENTED, { kind: 'insert', path: ['stages', 0, 'touchpoints'], index: 1, value: TP }),
      replaceOnce(COMMENTED, '        # note about the ad\n', `        # note about the ad\n${TP_LINES}`));
  });

  it('keeps the blank line between stages and goes above a stage\'s leading comment', () => {
    assert.equal(apply(COMMENTED, { kind: 'insert', path: ['stages'], index: 3, value: { id: 'loyal', name: 'Loyalty' } }),
      `${COMMENTED}\n  - id: loyal\n    name: Loyalty\n`);
    assert.equal(apply(COMMENTED, { kind: 'insert', path: ['stages'], index: 1, value: { id: 'pick', name: 'Pick' } }),
      replaceOnce(COMMENTED, '  # ── second stage\n', '  - id: pick\n    name: Pick\n\n  # ── second stage\n'));
  });

  it('adds text to flow and block lists in their own style', () => {
    assert.equal(apply(COMMENTED, { kind: 'insert', path: ['stages', 0, 'actions'], index: 1, value: 'Reads, reviews' }),
      replaceOnce(COMMENTED, '[Searches the web,  Asks friends]', '[Searches the web,  "Reads, reviews",  Asks friends]'));
    assert.equal(apply(COMMENTED, { kind: 'insert', path: ['stages', 0, 'actions'], index: 2, value: 'Compares' }),
      replaceOnce(COMMENTED, 'Asks friends]', 'Asks friends,  Compares]'));
    assert.equal(apply(COMMENTED, { kind: 'insert', path: ['stages', 1, 'pains'], index: 2, value: 'Третья боль' }),
      replaceOnce(COMMENTED, '      - Slow page\n', '      - Slow page\n      - Третья боль\n'));
  });

  it('adds a map to a flow list of maps as a flow map', () => {
    assert.equal(apply(COMMENTED, { kind: 'insert', path: ['channels'], index: 2, value: { id: 'mail', name: 'E-mail' } }),
      replaceOnce(COMMENTED, '{id: app, name: App} ]', '{id: app, name: App}, { id: mail, name: E-mail } ]'));
  });

  it('turns an empty [] or an empty value into a block list when a map goes in', () => {
    const text = 'stages:\n  - id: a\n    touchpoints: []   # none yet\n  - id: b\n    touchpoints:\n';
    assert.equal(apply(text, { kind: 'insert', path: ['stages', 0, 'touchpoints'], index: 0, value: { id: 't', name: 'T' } }),
      'stages:\n  - id: a\n    touchpoints:\n      - id: t\n        name: T   # none yet\n  - id: b\n    touchpoints:\n');
    assert.equal(apply(text, { kind: 'insert', path: ['stages', 1, 'touchpoints'], index: 0, value: { id: 't', name: 'T' } }),
      `${text}      - id: t\n        name: T\n`);
  });

  it('follows a document that does not indent lists under their key', () => {
    const text = 'stages:\n- id: a\n  name: A\n';
    assert.equal(apply(text, { kind: 'insert', path: ['stages', 0, 'touchpoints'], index: 0, value: { id: 't', name: 'T' } }),
      'stages:\n- id: a\n  name: A\n  touchpoints:\n  - id: t\n    name: T\n');
  });

  it('keeps a file without a final line break without one', () => {
    assert.equal(apply('stages:\n  - id: a', { kind: 'insert', path: ['stages'], index: 1, value: { id: 'b' } }),
      'stages:\n  - id: a\n  - id: b');
  });
});

describe('computeEdit: remove', () => {
  it('takes a middle stage with its leading comment and leaves one blank line between neighbours', () => {
    const start = COMMENTED.indexOf('  # ── second stage');
    const end = COMMENTED.indexOf('  - id: return');
    assert.equal(apply(COMMENTED, { kind: 'remove', path: ['stages', 1] }), COMMENTED.slice(0, start) + COMMENTED.slice(end));
  });

  it('takes the last stage and the blank line above it', () => {
    const at = COMMENTED.indexOf('\n  - id: return');
    assert.equal(apply(COMMENTED, { kind: 'remove', path: ['stages', 2] }), COMMENTED.slice(0, at));
  });

  it('takes a touchpoint with its deeper comment lines', () => {
    assert.equal(apply(COMMENTED, { kind: 'remove', path: ['stages', 0, 'touchpoints', 0] }),
      replaceOnce(COMMENTED, '      - id: search-ad\n        name: Search ad\n        channel: web\n        emotion: 1\n        # note about the ad\n', ''));
  });

  it('writes [] when the only item goes, keeping the comment on the key\'s line', () => {
    const text = 'pains: # why\n  - Slow\nnext: 1\n';
    assert.equal(apply(text, { kind: 'remove', path: ['pains', 0] }), 'pains: [] # why\nnext: 1\n');
  });

  it('takes items of flow lists with their separator', () => {
    assert.equal(apply(COMMENTED, { kind: 'remove', path: ['stages', 0, 'actions', 0] }), replaceOnce(COMMENTED, 'Searches the web,  ', ''));
    assert.equal(apply(COMMENTED, { kind: 'remove', path: ['stages', 0, 'actions', 1] }), replaceOnce(COMMENTED, ',  Asks friends', ''));
    assert.equal(apply(COMMENTED, { kind: 'remove', path: ['stages', 0, 'touchpoints', 1, 'emotion', 'anna'] }), replaceOnce(COMMENTED, '{anna: -1}', '{}'));
  });

  it('takes a key with its lines, and a first key that shares its line with the dash', () => {
    assert.equal(apply(COMMENTED, { kind: 'remove', path: ['stages', 0, 'actions'] }),
      replaceOnce(COMMENTED, '    actions: [Searches the web,  Asks friends]\n', ''));
    assert.equal(apply(COMMENTED, { kind: 'remove', path: ['personas', 0, 'id'] }), replaceOnce(COMMENTED, 'id: anna\n    ', ''));
  });
});

describe('computeEdit: move', () => {
  it('moves a touchpoint to a stage without touchpoints, keeping its quoting and comments', () => {
    const tp = "      - id: friend\n        name: 'Friend''s tip'\n        emotion: {anna: -1}\n";
    const removed = replaceOnce(COMMENTED, tp, '');
    assert.equal(apply(COMMENTED, { kind: 'move', from: ['stages', 0, 'touchpoints', 1], to: ['stages', 2, 'touchpoints'], index: 0 }),
      `${removed}    touchpoints:\n${tp}`);
  });

  it('reorders stages down and up within their list', () => {
    const down = apply(COMMENTED, { kind: 'move', from: ['stages', 0], to: ['stages'], index: 2 });
    assert.deepEqual(parseDocument(down).toJS().stages.map((s: { id: string }) => s.id), ['buy', 'return', 'discover']);
    assert.ok(down.includes('\n\n  # ── first stage\n  - id: discover\n'));
    const up = apply(down, { kind: 'move', from: ['stages', 2], to: ['stages'], index: 0 });
    assert.equal(up, COMMENTED.replace(/\n$/, '') + '\n');
  });

  it('moves text from a flow list to a block list', () => {
    assert.equal(apply(COMMENTED, { kind: 'move', from: ['stages', 0, 'actions', 1], to: ['stages', 1, 'pains'], index: 0 }),
      replaceOnce(replaceOnce(COMMENTED, ',  Asks friends', ''), '      - Hidden costs', '      - Asks friends\n      - Hidden costs'));
  });
});

describe('computeEdit: refusals', () => {
  it('names a bad path, an index out of range, a non-list target and broken text', () => {
    assert.equal(refusal(COMMENTED, { kind: 'set', path: ['stages', 9, 'name'], value: 'x' }), 'stages[9] does not exist.');
    assert.equal(refusal(COMMENTED, { kind: 'insert', path: ['stages'], index: 7, value: { id: 'x' } }),
      'Index 7 is out of range: stages has 3 items.');
    assert.equal(refusal(COMMENTED, { kind: 'move', from: ['stages', 0], to: ['title'], index: 0 }), 'title is not a list.');
    assert.equal(refusal(COMMENTED, { kind: 'remove', path: ['stages', 0, 'nope'] }), 'stages[0].nope does not exist.');
    assert.match(refusal(`${COMMENTED}  bad: [\n`, { kind: 'set', path: ['title'], value: 'x' }), /YAML errors/);
    assert.match(refusal(COMMENTED, { kind: 'insert', path: ['stages'], index: 0, value: { n: Number.NaN } }), /plain data/);
  });
});

describe('computeEdit: CRLF', () => {
  it('writes CRLF line breaks into a CRLF file and leaves the rest byte for byte', () => {
    const crlf = COMMENTED.replace(/\n/g, '\r\n');
    const inserted = apply(crlf, { kind: 'insert', path: ['stages', 1, 'touchpoints'], index: 0, value: TP });
    assert.equal(inserted, replaceOnce(COMMENTED, '      - Slow page\n', `      - Slow page\n    touchpoints:\n${TP_LINES}`).replace(/\n/g, '\r\n'));
    const removed = apply(crlf, { kind: 'remove', path: ['stages', 2] });
    assert.equal(removed, crlf.slice(0, crlf.indexOf('\r\n  - id: return')));
  });
});

describe('computeEdit: set of any text', () => {
  it('writes any string into plain, quoted, flow and list-item places so that it reads back exactly', function () {
    this.timeout(30_000);
    const base = parseDocument(COMMENTED, { keepSourceTokens: true });
    const data: unknown = base.toJS();
    const places = [['stages', 0, 'name'], ['title'], ['personas', 0, 'name'], ['stages', 0, 'actions', 1],
      ['channels', 1, 'name'], ['stages', 1, 'pains', 0], ['stages', 0, 'touchpoints', 1, 'name']];
    fc.assert(fc.property(fc.constantFrom(...places), fc.string({ unit: 'grapheme', maxLength: 12 }), (path, value) => {
      const result = computeEdit(COMMENTED, base, { kind: 'set', path, value });
      if ('error' in result) return false;
      const after = COMMENTED.slice(0, result.offset) + result.newText + COMMENTED.slice(result.offset + result.length);
      const doc = parseDocument(after);
      if (doc.errors.length > 0) return false;
      assert.deepEqual(doc.toJS(), expectedData(data, { kind: 'set', path, value }));
      return true;
    }), { numRuns: 300 });
  });
});
