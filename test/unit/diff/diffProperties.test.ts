import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { generateMapText } from '../../../bench/generateMap';
import { analyze } from '../../../src/core/analyze';
import { diffMaps } from '../../../src/core/diff/diffMaps';
import type { MapChange } from '../../../src/core/diff/types';
import type { CjmMap } from '../../../src/core/schema';

function generated(size: number): CjmMap {
  const model = analyze(generateMapText(size)).model;
  if (!model) throw new Error('the generated map does not parse');
  return model;
}

type Op = 'remove' | 'add' | 'name' | 'move';

/** Applies one op to a copy, at positions picked by `a` and `b`, and returns the copy with the one change it must give. */
function apply(map: CjmMap, op: Op, a: number, b: number): { now: CjmMap; expected: MapChange } {
  const now = structuredClone(map);
  const withTouchpoints = now.stages.filter((s) => s.touchpoints?.length);
  const stage = withTouchpoints[a % withTouchpoints.length];
  const tps = stage.touchpoints!;
  const index = b % tps.length;
  const tp = tps[index];
  switch (op) {
    case 'remove':
      tps.splice(index, 1);
      return { now, expected: { kind: 'removed', type: 'touchpoint', id: tp.id, stage: stage.id, old: tp, new: null } };
    case 'add': {
      const added = { id: 'brand-new', name: 'Brand new', channel: 'web' };
      tps.splice(index, 0, added);
      return { now, expected: { kind: 'added', type: 'touchpoint', id: 'brand-new', stage: stage.id, old: null, new: added } };
    }
    case 'name':
      tp.name = `${tp.name} (renamed)`;
      return { now, expected: { kind: 'changed', type: 'touchpoint', id: tp.id, stage: stage.id, field: 'name', old: map.stages.find((s) => s.id === stage.id)!.touchpoints![index].name, new: tp.name } };
    case 'move': {
      const target = now.stages[(now.stages.indexOf(stage) + 1 + (a % (now.stages.length - 1))) % now.stages.length];
      tps.splice(index, 1);
      (target.touchpoints ??= []).push(tp);
      return { now, expected: { kind: 'moved', type: 'touchpoint', id: tp.id, stage: target.id, old: stage.id, new: target.id } };
    }
  }
}

describe('diffMaps: properties on generated maps', () => {
  it('finds exactly the one change made by one random edit, and none between a map and its copy', function () {
    this.timeout(60000);
    fc.assert(fc.property(fc.integer({ min: 11, max: 60 }), fc.constantFrom<Op>('remove', 'add', 'name', 'move'), fc.nat(), fc.nat(),
      (size, op, a, b) => {
        const map = generated(size);
        assert.deepEqual(diffMaps(map, structuredClone(map)), []);
        const { now, expected } = apply(map, op, a, b);
        assert.deepEqual(diffMaps(map, now), [expected]);
      }), { numRuns: 100 });
  });

  it('never throws on many random edits in a row, and reversing the sides swaps added and removed', function () {
    this.timeout(60000);
    const ops = fc.array(fc.tuple(fc.constantFrom<Op>('remove', 'name', 'move'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(fc.integer({ min: 11, max: 40 }), ops, (size, steps) => {
      const map = generated(size);
      let now = map;
      for (const [op, a, b] of steps) now = apply(now, op, a, b).now;
      const forward = diffMaps(map, now);
      const backward = diffMaps(now, map);
      const ids = (changes: MapChange[], kind: MapChange['kind']) => changes.filter((c) => c.kind === kind).map((c) => c.id).sort();
      assert.deepEqual(ids(forward, 'removed'), ids(backward, 'added'));
      assert.deepEqual(ids(forward, 'added'), ids(backward, 'removed'));
    }), { numRuns: 60 });
  });
});
