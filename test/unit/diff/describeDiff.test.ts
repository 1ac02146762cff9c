import { strict as assert } from 'node:assert';
import { formatChangesText, namesOf, summarizeChanges } from '../../../src/core/diff/describe';
import { diffMaps } from '../../../src/core/diff/diffMaps';
import { diffTexts } from '../../../src/core/diff/diffTexts';
import { formatChangesMarkdown } from '../../../src/core/diff/markdown';
import type { CjmMap } from '../../../src/core/schema';
import { BASE, copy } from './diffSamples';

function edited(): CjmMap {
  const map = copy();
  map.stages[1].touchpoints![1].name = 'Pay | card';
  map.stages[1].touchpoints!.push({ id: 'coupon', name: 'Coupon' });
  map.stages[1].emotion = { anna: 2, ben: -1 };
  map.stages[0].emotion = -1;
  map.stages[0].touchpoints![0].pains = ['Misleading'];
  map.stages.unshift(...map.stages.splice(2, 1));
  map.personas![1].name = 'Ben, student';
  return map;
}

describe('diff in words', () => {
  const now = edited();
  const changes = diffMaps(BASE, now);
  const names = namesOf(BASE, now);

  it('text: one signed line per change, with names and ids', () => {
    assert.equal(formatChangesText(changes, names), [
      '> stage "Return" (return): moved from position 3 to 1',
      '~ stage "Discover" (discover): emotion +1 → −1',
      '~ touchpoint "Search ad" (ad) in stage "Discover" (discover): pains +"Misleading"',
      '~ stage "Buy" (buy): emotion of persona "Anna" (anna) +1 → +2',
      '~ touchpoint "Pay | card" (pay) in stage "Buy" (buy): name "Pay" → "Pay | card"',
      '+ touchpoint "Coupon" (coupon) in stage "Buy" (buy): added',
      '~ persona "Ben, student" (ben): name "Ben" → "Ben, student"',
      '',
    ].join('\n'));
  });

  it('summary: counts per kind of element, then the stage emotions', () => {
    assert.equal(summarizeChanges(changes, names),
      '1 touchpoint added, 2 changed; 2 stages changed, 1 moved; 1 persona changed; emotion at Discover +1 → −1; emotion at Buy for Anna +1 → +2');
    assert.equal(summarizeChanges([], names), 'No changes');
  });

  it('Markdown: a summary and a section per stage, texts escaped', () => {
    assert.equal(formatChangesMarkdown(changes, names, 'HEAD:shop.cjm.yaml', 'shop.cjm.yaml'), [
      '### Journey map diff: `HEAD:shop.cjm.yaml` → `shop.cjm.yaml`',
      '',
      '**1 touchpoint added, 2 changed; 2 stages changed, 1 moved; 1 persona changed; emotion at Discover +1 → −1; emotion at Buy for Anna +1 → +2**',
      '',
      '#### stage "Return" (return)',
      '',
      '- `>` stage "Return" (return): moved from position 3 to 1',
      '',
      '#### stage "Discover" (discover)',
      '',
      '- `~` stage "Discover" (discover): emotion +1 → −1',
      '- `~` touchpoint "Search ad" (ad): pains +"Misleading"',
      '',
      '#### stage "Buy" (buy)',
      '',
      '- `~` stage "Buy" (buy): emotion of persona "Anna" (anna) +1 → +2',
      '- `~` touchpoint "Pay \\| card" (pay): name "Pay" → "Pay \\| card"',
      '- `+` touchpoint "Coupon" (coupon): added',
      '',
      '#### Personas, channels and lanes',
      '',
      '- `~` persona "Ben, student" (ben): name "Ben" → "Ben, student"',
      '',
    ].join('\n'));
  });
});

describe('diffTexts', () => {
  const good = 'cjm: 1\ntitle: Тест\nstages:\n  - id: один\n    name: Один\n';

  it('diffs two texts that read as maps', () => {
    const result = diffTexts({ label: 'a.cjm.yaml', text: good }, { label: 'b.cjm.yaml', text: good.replace('Один', 'Первый') });
    assert.deepEqual(result.ok && result.changes, [
      { kind: 'changed', type: 'stage', id: 'один', field: 'name', old: 'Один', new: 'Первый' },
    ]);
  });

  it('a side with YAML errors gives a message naming it, its first error and where; no partial diff', () => {
    const broken = 'cjm: 1\ntitle: "Тест\nstages: []\n';
    assert.deepEqual(diffTexts({ label: 'HEAD:m.cjm.yaml', text: good }, { label: 'm.cjm.yaml', text: broken }), {
      ok: false,
      error: 'm.cjm.yaml:3:11: cannot compare this map: yaml-syntax Missing closing "quote.',
    });
    const noTitle = 'cjm: 1\nstages: []\n';
    const both = diffTexts({ label: 'old.cjm.yaml', text: noTitle }, { label: 'new.cjm.yaml', text: broken });
    assert.equal(both.ok, false);
    assert.deepEqual(!both.ok && both.error.split('\n').map((line) => line.split(': ')[0]), ['old.cjm.yaml:1:1', 'new.cjm.yaml:3:11']);
  });
});
