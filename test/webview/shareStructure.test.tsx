/**
 * Structural sharing between snapshots (webview/shareStructure.ts): the result always equals the new snapshot, key
 * order included, and every part equal to the old one is the old object (so memoised components skip it).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { shareStructure } from '../../webview/shareStructure';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path of a JSON value (objects and arrays), the root first. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...children.flatMap(([k, v]) => paths(v, [...at, k]))];
}

function get(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);
}

describe('shareStructure', () => {
  it('returns the old snapshot itself when nothing changed', () => {
    const prev = { title: 'Map', stages: [{ id: 'a', touchpoints: [{ id: 't', emotion: { anna: 1 } }] }] };
    assert.equal(shareStructure(prev, structuredClone(prev)), prev);
  });

  it('renews only the path to a change: the stage, its touchpoints list and the touchpoint; the rest is shared', () => {
    const prev = { stages: [{ id: 'a', goal: 'g' }, { id: 'b', touchpoints: [{ name: 'Cart' }, { name: 'Pay' }] }] };
    const next = structuredClone(prev);
    next.stages[1].touchpoints![0].name = 'Basket';
    const out = shareStructure(prev, next);
    assert.deepEqual(out, next);
    assert.notEqual(out, prev);
    assert.equal(out.stages[0], prev.stages[0]);
    assert.notEqual(out.stages[1], prev.stages[1]);
    assert.equal(out.stages[1].touchpoints![1], prev.stages[1].touchpoints![1]);
    assert.equal(out.stages[1].touchpoints![0].name, 'Basket');
  });

  it('counts the same keys in another order as a change (the text’s order), keeping the values shared', () => {
    const prev = { a: { x: 1 }, b: { y: 2 } };
    const out = shareStructure(prev, { b: { y: 2 }, a: { x: 1 } });
    assert.notEqual(out, prev);
    assert.deepEqual(Object.keys(out), ['b', 'a']);
    assert.equal(out.a, prev.a);
    assert.equal(out.b, prev.b);
  });

  it('follows lists that grow and shrink, and values that change type', () => {
    const prev = { list: [{ k: 1 }, { k: 2 }, { k: 3 }], v: { x: 1 } as unknown, w: null as unknown };
    const shorter = shareStructure(prev, { list: [{ k: 1 }, { k: 2 }], v: [1], w: { z: 0 } });
    assert.deepEqual(shorter, { list: [{ k: 1 }, { k: 2 }], v: [1], w: { z: 0 } });
    assert.equal(shorter.list[1], prev.list[1]);
    const longer = shareStructure(prev, { list: [{ k: 1 }, { k: 2 }, { k: 3 }, { k: 4 }], v: { x: 1 }, w: null });
    assert.deepEqual(longer.list, [{ k: 1 }, { k: 2 }, { k: 3 }, { k: 4 }]);
    assert.equal(longer.list[2], prev.list[2]);
    assert.equal(longer.v, prev.v);
    assert.deepEqual(shareStructure({ a: 1, b: 2 }, { a: 1 }), { a: 1 });
    assert.deepEqual(shareStructure({ a: 1 }, { a: 1, b: 2 }), { a: 1, b: 2 });
  });

  it('equals the new value, and shares exactly the parts that read the same as before (random JSON, random edits)', () => {
    const json = fc.letrec<{ value: Json }>((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constantFrom<Json>(null, true, 0, 1, 'a', 'b'),
        fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 })),
    })).value;
    fc.assert(fc.property(json, json, fc.array(fc.nat(), { maxLength: 3 }), (prev, replacement, picks) => {
      // The next value: a copy of prev with a few of its parts replaced (so most of it is unchanged).
      let next = structuredClone(prev);
      for (const pick of picks) {
        const all = paths(next);
        const path = all[pick % Math.max(1, all.length)] ?? [];
        if (path.length === 0) next = structuredClone(replacement);
        else (get(next, path.slice(0, -1)) as Record<string | number, Json>)[path[path.length - 1]] = structuredClone(replacement);
      }
      const expected = JSON.stringify(next);
      const out = shareStructure(prev, next);
      assert.equal(JSON.stringify(out), expected);
      for (const path of paths(out as Json)) {
        const reads = JSON.stringify(get(prev, path)) === JSON.stringify(get(out, path));
        assert.equal(get(out, path) === get(prev, path), reads, `at ${JSON.stringify(path)}`);
      }
    }), { numRuns: 300 });
  });
});
