import { strict as assert } from 'node:assert';
import { firstIndexWhere } from '../../../src/core/lists';

describe('firstIndexWhere (the one binary search)', () => {
  const sorted = [0, 4, 4, 9, 15];
  const firstAtLeast = (value: number) => firstIndexWhere(sorted.length, (i) => sorted[i] >= value);

  it('finds the first index of a sorted list whose item reaches a value, against a linear scan', () => {
    for (let value = -1; value <= 16; value++) {
      const scanned = sorted.findIndex((item) => item >= value);
      assert.equal(firstAtLeast(value), scanned < 0 ? sorted.length : scanned, `value ${value}`);
    }
  });

  it('gives 0 when every index holds and the length when none does, also for an empty list', () => {
    assert.deepEqual([firstIndexWhere(5, () => true), firstIndexWhere(5, () => false), firstIndexWhere(0, () => true)], [0, 5, 0]);
  });
});
