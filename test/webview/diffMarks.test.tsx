import { strict as assert } from 'node:assert';
import type { CjmMap } from '../../src/core/schema';
import { buildDiffMarks } from '../../webview/components/diffMarks';

const OLD: CjmMap = {
  cjm: 1, title: 'T', personas: [{ id: 'anna', name: 'Anna' }, { id: 'ben', name: 'Ben' }],
  stages: [
    { id: 'a', name: 'A', emotion: -1, touchpoints: [{ id: 'a1', name: 'A1' }, { id: 'a2', name: 'A2' }, { id: 'a3', name: 'A3' }] },
    { id: 'b', name: 'B', touchpoints: [{ id: 'b1', name: 'B1' }, { id: 'b2', name: 'B2' }] },
    { id: 'c', name: 'C', touchpoints: [{ id: 'c1', name: 'C1' }] },
  ],
};

describe('diff marks', () => {
  it('ghosts sit before the touchpoint that followed them; removed stages (a new id and other content is no rename) and personas by name', () => {
    const now: CjmMap = {
      ...OLD, personas: [OLD.personas![0]],
      stages: [
        { id: 'a', name: 'A', emotion: -1, touchpoints: [{ id: 'a1', name: 'A1' }, { id: 'a3', name: 'A3' }] },
        { id: 'bee', name: 'B', touchpoints: [{ id: 'b1', name: 'B1' }] },
      ],
    };
    const marks = buildDiffMarks({ label: 'old', map: OLD }, now);
    assert.deepEqual([...marks.ghosts].map(([stage, ghosts]) => [stage, ghosts.map((g) => [g.before, g.touchpoint.id])]), [
      ['a', [[1, 'a2']]],
    ]);
    assert.deepEqual(marks.removedStages.map((s) => s.id), ['b', 'c']);
    assert.deepEqual(marks.stages.get('bee')?.kinds, ['added']);
    assert.deepEqual(marks.removedPersonas.map((r) => [r.before, r.persona.id]), [[1, 'ben']]);
  });

  it('a moved touchpoint says where from: the old stage name, or its old place in the same stage', () => {
    const now: CjmMap = {
      ...OLD,
      stages: [
        { id: 'a', name: 'A', emotion: -1, touchpoints: [{ id: 'a3', name: 'A3' }, { id: 'a1', name: 'A1' }, { id: 'a2', name: 'A2' }] },
        { id: 'b', name: 'B', touchpoints: [{ id: 'b1', name: 'B1' }] },
        { id: 'c', name: 'C', touchpoints: [{ id: 'c1', name: 'C1' }, { id: 'b2', name: 'B2' }] },
      ],
    };
    const marks = buildDiffMarks({ label: 'old', map: OLD }, now);
    assert.deepEqual([...marks.touchpoints].map(([id, m]) => [id, m.kinds, m.movedFrom, m.details]), [
      ['a3', ['moved'], '#3', ['moved from position 3 to 1']],
      ['b2', ['moved'], 'B', ['moved from stage "B" (b) to stage "C" (c)']],
    ]);
    assert.equal(marks.ghosts.size, 0);
  });

  it('aligns the old emotions with the current stage columns (an added stage has none)', () => {
    const now: CjmMap = { ...OLD, stages: [{ id: 'new', name: 'New', emotion: 2 }, { ...OLD.stages[0], emotion: 1 }] };
    const marks = buildDiffMarks({ label: 'old', map: OLD }, now);
    assert.deepEqual(marks.oldAligned.stages.map((s) => [s.id, s.emotion ?? null, s.touchpoints?.length ?? 0]), [
      ['new', null, 0],
      ['a', -1, 3],
    ]);
  });
});
