/**
 * Edits from the map never change what they were not asked to change: the failures found by the audit of 0.1.0
 * (issue 13, section 2), each with the ops the map editor sends on a valid map.
 */
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import type { EditOp } from '../../../src/shared/protocol';
import { apply, editFor, refusal, replaceOnce } from './helpers';

const ANCHORED = `cjm: 1
title: Shared pains
stages:
  - id: s1
    name: Search
    pains: &pains [slow, hard]
    touchpoints:
      - id: t1
        name: Ad
        pains: *pains
`;

describe('computeEdit: anchors and aliases', () => {
  const refusals: [EditOp, RegExp][] = [
    [{ kind: 'set', path: ['stages', 0, 'pains', 1], value: 'fast' }, /^stages\[0\]\.pains holds the anchor &pains, which an alias \(\*pains\) repeats elsewhere/],
    [{ kind: 'remove', path: ['stages', 0, 'pains', 0] }, /^stages\[0\]\.pains holds the anchor &pains/],
    [{ kind: 'set', path: ['stages', 0, 'touchpoints', 0, 'pains', 1], value: 'fast' },
      /^stages\[0\]\.touchpoints\[0\]\.pains is the alias \*pains of another part of the map: edit the original \(&pains\) in the text\.$/],
    [{ kind: 'remove', path: ['stages', 0, 'touchpoints', 0, 'pains', 0] }, /is the alias \*pains/],
    [{ kind: 'remove', path: ['stages', 0, 'pains'] }, /^stages\[0\]\.pains holds the anchor &pains/],
  ];
  for (const [op, message] of refusals) {
    it(`refuses ${op.kind} ${JSON.stringify(op.kind === 'move' ? op.from : op.path)}, naming the anchor`, () => {
      assert.match(refusal(ANCHORED, op), message);
    });
  }

  it('refuses an insert into an anchored list, and edits the rest of the map as usual', () => {
    const text = ANCHORED.replace('pains: &pains [slow, hard]', 'pains: &pains\n      - slow\n      - hard');
    assert.match(refusal(text, { kind: 'insert', path: ['stages', 0, 'pains'], index: 2, value: 'new' }), /holds the anchor &pains/);
    assert.equal(apply(text, { kind: 'set', path: ['stages', 0, 'touchpoints', 0, 'name'], value: 'Search ad' }),
      replaceOnce(text, 'name: Ad', 'name: Search ad'));
  });
});

describe('computeEdit: only the lines of the changed node', () => {
  it('adds a touchpoint to a flow-style stage inside its braces, leaving the flow lists of other stages alone', () => {
    const text = 'cjm: 1\ntitle: T\nstages:\n  - { id: s1, name: S, touchpoints: [] }\n  - id: s2\n    name: S2\n    tags: [a, b, c]\n';
    assert.equal(apply(text, { kind: 'insert', path: ['stages', 0, 'touchpoints'], index: 0, value: { id: 't', name: 'New touchpoint' } }),
      replaceOnce(text, 'touchpoints: [] }', 'touchpoints: [{ id: t, name: New touchpoint }] }'));
  });

  for (const header of ['|+', '>+', '|2+']) {
    it(`adds a touchpoint after one ending in a ${header} block scalar without reflowing a folded description`, () => {
      const text = `cjm: 1\ntitle: T\ndescription: >\n  folded long\n  text here\nstages:\n  - id: s1\n    name: S\n    touchpoints:\n`
        + `      - id: t\n        name: T\n        notes: ${header}\n          kept\n\n  - id: s2\n    name: S2\n`;
      assert.equal(apply(text, { kind: 'insert', path: ['stages', 0, 'touchpoints'], index: 1, value: { id: 'n', name: 'New touchpoint' } }),
        replaceOnce(text, '          kept\n\n', '          kept\n\n      - id: n\n        name: New touchpoint\n'));
    });
  }

  it('removes a touchpoint ending in a |+ block scalar together with its kept blank lines', () => {
    const text = 'stages:\n  - id: s1\n    touchpoints:\n      - id: a\n        notes: |+\n          kept\n\n\n      - id: b\n';
    assert.equal(apply(text, { kind: 'remove', path: ['stages', 0, 'touchpoints', 0] }), 'stages:\n  - id: s1\n    touchpoints:\n      - id: b\n');
  });
});

describe('computeEdit: the blank lines of a |+ scalar are its value', () => {
  const KEPT = 'stages:\n  - id: s\n    touchpoints:\n      - id: a\n        description: |+\n          kept\n\n      - id: b\n        name: B\n\n  - id: next\n';

  it('moves an item ending in |+ to the end of its list after the blank line that follows the list', () => {
    assert.equal(apply(KEPT, { kind: 'move', from: ['stages', 0, 'touchpoints', 0], to: ['stages', 0, 'touchpoints'], index: 1 }),
      'stages:\n  - id: s\n    touchpoints:\n      - id: b\n        name: B\n\n      - id: a\n        description: |+\n          kept\n\n  - id: next\n');
  });

  it('removes the item after a |+ scalar with the blank lines that would otherwise join that scalar', () => {
    assert.equal(apply(KEPT, { kind: 'remove', path: ['stages', 0, 'touchpoints', 1] }),
      'stages:\n  - id: s\n    touchpoints:\n      - id: a\n        description: |+\n          kept\n\n  - id: next\n');
  });

  it('adds a stage after a last stage ending in |+ without a blank line that the scalar would take', () => {
    const text = 'stages:\n  - id: a\n    name: A\n\n  - id: b\n    goal: >+\n      kept\n\n';
    assert.equal(apply(text, { kind: 'insert', path: ['stages'], index: 2, value: { id: 'c', name: 'C' } }),
      `${text}  - id: c\n    name: C\n`);
  });

  it('moves an item ending in |+ into an empty list followed by a blank line, keeping its value', () => {
    const text = 'stages:\n  - id: s\n    touchpoints:\n      - id: a\n        description: |+\n          kept\n\n      - id: b\n  - id: t\n    touchpoints: []\n\n  - id: u\n';
    assert.equal(apply(text, { kind: 'move', from: ['stages', 0, 'touchpoints', 0], to: ['stages', 1, 'touchpoints'], index: 0 }),
      'stages:\n  - id: s\n    touchpoints:\n      - id: b\n  - id: t\n    touchpoints:\n\n      - id: a\n        description: |+\n          kept\n\n  - id: u\n');
  });
});

describe('computeEdit: comments travel with the moved item', () => {
  it('refuses to move an item with comments into a one-line flow list, which cannot hold them', () => {
    const text = 'stages:\n  - { id: s, touchpoints: [] }\n  - id: t\n    touchpoints:\n      - id: a\n        name: A   # why\n';
    assert.equal(refusal(text, { kind: 'move', from: ['stages', 1, 'touchpoints', 0], to: ['stages', 0, 'touchpoints'], index: 0 }),
      'stages[1].touchpoints[0] has comments, which a one-line [ … ] or { … } list cannot hold: move it in the text.');
  });

  it('moves the only touchpoint of a stage with the comment line above it, leaving no copy behind', () => {
    const text = 'cjm: 1\ntitle: T\nstages:\n  - id: s1\n    name: S\n    touchpoints:\n      # the ad\n      - id: t\n        name: T\n'
      + '  - id: s2\n    name: S2\n';
    const after = apply(text, { kind: 'move', from: ['stages', 0, 'touchpoints', 0], to: ['stages', 1, 'touchpoints'], index: 0 });
    assert.equal(after, 'cjm: 1\ntitle: T\nstages:\n  - id: s1\n    name: S\n    touchpoints: []\n  - id: s2\n    name: S2\n'
      + '    touchpoints:\n      # the ad\n      - id: t\n        name: T\n');
  });

  it('takes the comment line above the only item when the item is removed', () => {
    assert.equal(apply('pains:\n  # why\n  - Slow\nnext: 1\n', { kind: 'remove', path: ['pains', 0] }), 'pains: []\nnext: 1\n');
  });
});

describe('computeEdit: characters that may only be written escaped', () => {
  const text = 'cjm: 1\ntitle: Plain\nstages:\n  - id: s1\n    name: \'Single\'\n    pains: [a, b]\n';
  const controls = [...Array.from({ length: 32 }, (_, c) => c).filter((c) => c !== 9 && c !== 10 && c !== 13), 0x7f, 0x85, 0x9f, 0x2028, 0xfffe, 0xffff]
    .map((code) => String.fromCharCode(code));

  it('writes U+000B in double quotes as an escape, not raw', () => {
    assert.deepEqual(editFor(text, { kind: 'set', path: ['title'], value: 'a\u000bb' }),
      { offset: text.indexOf('Plain'), length: 5, newText: '"a\\u000bb"' });
  });

  it('never writes a control character raw, in plain, single-quoted, flow or new places, and reads each back', function () {
    this.timeout(20_000);
    const places: EditOp[] = [
      { kind: 'set', path: ['title'], value: '' },
      { kind: 'set', path: ['stages', 0, 'name'], value: '' },
      { kind: 'set', path: ['stages', 0, 'pains', 1], value: '' },
      { kind: 'set', path: ['stages', 0, 'goal'], value: '' },
      { kind: 'insert', path: ['stages', 0, 'touchpoints'], index: 0, value: { id: 't', name: '' } },
      { kind: 'insert', path: ['stages', 0, 'pains'], index: 0, value: '' },
    ];
    for (const char of controls) {
      for (const place of places) {
        const value = `line one\nx${char}y`;
        const op: EditOp = place.kind === 'set' ? { ...place, value }
          : { ...place, value: typeof (place as { value: unknown }).value === 'string' ? value : { id: 't', name: value } } as EditOp;
        const after = apply(text, op);
        const code = char.charCodeAt(0).toString(16);
        assert.ok(!after.includes(char), `U+${code} written raw for ${JSON.stringify(op)}`);
        assert.ok(parseDocument(after).errors.length === 0);
      }
    }
  });
});

describe('computeEdit: move', () => {
  it('refuses to move an item into its own subtree, or a map key', () => {
    assert.equal(refusal(ANCHORED, { kind: 'move', from: ['stages', 0], to: ['stages', 0, 'touchpoints'], index: 0 }),
      'stages[0] cannot be moved into itself.');
    assert.equal(refusal(ANCHORED, { kind: 'move', from: ['title'], to: ['stages'], index: 0 }), 'Only a list item can be moved; title is not one.');
  });

  it('reads the target path in the document as it is before the item leaves', () => {
    const text = 'stages:\n  - id: a\n    pains: [x]\n  - id: b\n    pains: [y]\n  - id: c\n    pains: [z]\n';
    assert.equal(apply(text, { kind: 'move', from: ['stages', 0, 'pains', 0], to: ['stages', 2, 'pains'], index: 1 }),
      'stages:\n  - id: a\n    pains: []\n  - id: b\n    pains: [y]\n  - id: c\n    pains: [z, x]\n');
    const moved = apply(text, { kind: 'move', from: ['stages', 0], to: ['stages', 2, 'pains'], index: 0 });
    assert.deepEqual(parseDocument(moved).toJS(), { stages: [{ id: 'b', pains: ['y'] }, { id: 'c', pains: [{ id: 'a', pains: ['x'] }, 'z'] }] });
  });
});
