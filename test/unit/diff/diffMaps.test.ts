import { strict as assert } from 'node:assert';
import { diffMaps } from '../../../src/core/diff/diffMaps';
import type { MapChange } from '../../../src/core/diff/types';
import type { CjmMap } from '../../../src/core/schema';
import { BASE, copy } from './diffSamples';

function diff(change: (map: CjmMap) => void): MapChange[] {
  const map = copy();
  change(map);
  return diffMaps(BASE, map);
}

const stage = (map: CjmMap, id: string) => map.stages.find((s) => s.id === id)!;
const touchpoint = (map: CjmMap, id: string) => map.stages.flatMap((s) => s.touchpoints ?? []).find((t) => t.id === id)!;

describe('diffMaps', () => {
  it('finds no change between a map and itself, or a copy with keys in another order', () => {
    assert.deepEqual(diffMaps(BASE, BASE), []);
    assert.deepEqual(diff((m) => { m.stages[0].touchpoints![0] = { emotion: 1, channel: 'web', name: 'Search ad', id: 'ad' }; }), []);
  });

  it('added and removed touchpoints: the element as the value, in the stage it is (or was) in', () => {
    const added = { id: 'coupon', name: 'Coupon', channel: 'web' };
    assert.deepEqual(diff((m) => { stage(m, 'buy').touchpoints!.splice(1, 0, added); stage(m, 'discover').touchpoints!.pop(); }), [
      { kind: 'removed', type: 'touchpoint', id: 'landing', stage: 'discover', old: BASE.stages[0].touchpoints![1], new: null },
      { kind: 'added', type: 'touchpoint', id: 'coupon', stage: 'buy', old: null, new: added },
    ]);
  });

  it('changed scalar fields of a touchpoint: name, owner, channel, moment-of-truth, with old and new values', () => {
    assert.deepEqual(diff((m) => {
      const pay = touchpoint(m, 'pay');
      pay.name = 'Pay by card';
      delete pay.owner;
      pay.channel = 'web';
      pay['moment-of-truth'] = false;
    }), [
      { kind: 'changed', type: 'touchpoint', id: 'pay', stage: 'buy', field: 'name', old: 'Pay', new: 'Pay by card' },
      { kind: 'changed', type: 'touchpoint', id: 'pay', stage: 'buy', field: 'channel', old: 'app', new: 'web' },
      { kind: 'changed', type: 'touchpoint', id: 'pay', stage: 'buy', field: 'moment-of-truth', old: true, new: false },
      { kind: 'changed', type: 'touchpoint', id: 'pay', stage: 'buy', field: 'owner', old: 'Payments', new: null },
    ]);
  });

  it('metric value and target, within their owner (a stage or a touchpoint)', () => {
    assert.deepEqual(diff((m) => {
      stage(m, 'discover').metrics![0].value = 120;
      touchpoint(m, 'pay').metrics![0].target = 70;
    }), [
      { kind: 'changed', type: 'metric', id: 'visitors', stage: 'discover', field: 'value', old: 100, new: 120 },
      { kind: 'changed', type: 'metric', id: 'conversion', stage: 'buy', touchpoint: 'pay', field: 'target', old: 60, new: 70 },
    ]);
  });

  it('list fields as the items removed (old) and added (new); reordering alone is no change', () => {
    assert.deepEqual(diff((m) => {
      touchpoint(m, 'basket').pains = ['Ugly', 'No guest checkout'];
      touchpoint(m, 'basket').personas = ['anna'];
      stage(m, 'discover').pains!.reverse();
      stage(m, 'discover').lanes = { questions: ['Where is it?', 'Is it open?'] };
      stage(m, 'return').backstage = { systems: ['CRM'] };
    }), [
      { kind: 'changed', type: 'stage', id: 'discover', field: 'lanes.questions', old: [], new: ['Is it open?'] },
      { kind: 'changed', type: 'touchpoint', id: 'basket', stage: 'buy', field: 'personas', old: [], new: ['anna'] },
      { kind: 'changed', type: 'touchpoint', id: 'basket', stage: 'buy', field: 'pains', old: ['Slow'], new: ['No guest checkout'] },
      { kind: 'changed', type: 'stage', id: 'return', field: 'backstage.systems', old: [], new: ['CRM'] },
    ]);
  });

  it('a per-persona emotion gives one change per persona; a single score applies to every persona', () => {
    assert.deepEqual(diff((m) => {
      stage(m, 'buy').emotion = { anna: 2, ben: -1 };
      touchpoint(m, 'ad').emotion = { anna: 1, ben: -2 };
      stage(m, 'discover').emotion = -1;
    }), [
      { kind: 'changed', type: 'stage', id: 'discover', field: 'emotion', old: 1, new: -1 },
      { kind: 'changed', type: 'touchpoint', id: 'ad', stage: 'discover', field: 'emotion', persona: 'ben', old: 1, new: -2 },
      { kind: 'changed', type: 'stage', id: 'buy', field: 'emotion', persona: 'anna', old: 1, new: 2 },
    ]);
    assert.deepEqual(diff((m) => { delete stage(m, 'buy').emotion; }), [
      { kind: 'changed', type: 'stage', id: 'buy', field: 'emotion', persona: 'anna', old: 1, new: null },
      { kind: 'changed', type: 'stage', id: 'buy', field: 'emotion', persona: 'ben', old: -1, new: null },
    ]);
  });

  it('renamed: an id that changed while all else stayed, for a touchpoint, a stage and a channel', () => {
    assert.deepEqual(diff((m) => {
      touchpoint(m, 'receipt').id = 'invoice';
      stage(m, 'return').id = 'after-sale';
    }), [
      { kind: 'renamed', type: 'touchpoint', id: 'invoice', stage: 'buy', old: 'receipt', new: 'invoice' },
      { kind: 'renamed', type: 'stage', id: 'after-sale', old: 'return', new: 'after-sale' },
    ]);
    assert.deepEqual(diff((m) => {
      m.channels![1].id = 'mobile';
      touchpoint(m, 'pay').channel = 'mobile';
      touchpoint(m, 'receipt').channel = 'mobile';
    }), [
      { kind: 'changed', type: 'touchpoint', id: 'pay', stage: 'buy', field: 'channel', old: 'app', new: 'mobile' },
      { kind: 'changed', type: 'touchpoint', id: 'receipt', stage: 'buy', field: 'channel', old: 'app', new: 'mobile' },
      { kind: 'renamed', type: 'channel', id: 'mobile', old: 'app', new: 'mobile' },
    ]);
  });

  it('an ambiguous rename (two ids changed on identical elements) is removals and additions', () => {
    const twins = (a: string, b: string) => (m: CjmMap) => {
      stage(m, 'return').touchpoints = [{ id: a, name: 'Survey', channel: 'web' }, { id: b, name: 'Survey', channel: 'web' }];
    };
    const old = copy();
    twins('s1', 's2')(old);
    const now = copy();
    twins('t1', 't2')(now);
    const survey = (id: string) => ({ id, name: 'Survey', channel: 'web' });
    assert.deepEqual(diffMaps(old, now), [
      { kind: 'removed', type: 'touchpoint', id: 's1', stage: 'return', old: survey('s1'), new: null },
      { kind: 'removed', type: 'touchpoint', id: 's2', stage: 'return', old: survey('s2'), new: null },
      { kind: 'added', type: 'touchpoint', id: 't1', stage: 'return', old: null, new: survey('t1') },
      { kind: 'added', type: 'touchpoint', id: 't2', stage: 'return', old: null, new: survey('t2') },
    ]);
  });

  it('moved: a touchpoint to another stage (stage ids), within its stage (1-based positions), a stage (positions)', () => {
    assert.deepEqual(diff((m) => {
      const [ad] = stage(m, 'discover').touchpoints!.splice(0, 1);
      stage(m, 'buy').touchpoints!.push(ad);
      const buy = stage(m, 'buy').touchpoints!;
      buy.unshift(...buy.splice(2, 1)); // receipt first: receipt, basket, pay, ad
      m.stages.unshift(...m.stages.splice(2, 1)); // return first
    }), [
      { kind: 'moved', type: 'stage', id: 'return', old: 3, new: 1 },
      { kind: 'moved', type: 'touchpoint', id: 'receipt', stage: 'buy', old: 3, new: 1 },
      { kind: 'moved', type: 'touchpoint', id: 'ad', stage: 'buy', old: 'discover', new: 'buy' },
    ]);
  });

  it('an inserted touchpoint moves none of the others; a removed stage carries its touchpoints', () => {
    assert.deepEqual(diff((m) => {
      stage(m, 'buy').touchpoints!.unshift({ id: 'promo', name: 'Promo' });
      m.stages.splice(2, 1);
    }), [
      { kind: 'added', type: 'touchpoint', id: 'promo', stage: 'buy', old: null, new: { id: 'promo', name: 'Promo' } },
      { kind: 'removed', type: 'stage', id: 'return', old: BASE.stages[2], new: null },
    ]);
  });

  it('added personas, channels and lanes; changed ones; a map header field; all in journey-then-lists order', () => {
    assert.deepEqual(diff((m) => {
      m.title = 'Shop 2';
      m.tags = ['retail'];
      m.personas!.push({ id: 'chloé', name: 'Chloé' });
      m.channels![0].kind = 'mobile';
      m.lanes = [];
      stage(m, 'return').name = 'Come back';
    }), [
      { kind: 'changed', type: 'map', id: 'shop', field: 'title', old: 'Shop', new: 'Shop 2' },
      { kind: 'changed', type: 'map', id: 'shop', field: 'tags', old: [], new: ['retail'] },
      { kind: 'changed', type: 'stage', id: 'return', field: 'name', old: 'Return', new: 'Come back' },
      { kind: 'added', type: 'persona', id: 'chloé', old: null, new: { id: 'chloé', name: 'Chloé' } },
      { kind: 'changed', type: 'channel', id: 'web', field: 'kind', old: 'web', new: 'mobile' },
      { kind: 'removed', type: 'lane', id: 'questions', old: { id: 'questions', name: 'Questions' }, new: null },
    ]);
  });

  it('Cyrillic ids and names compare as any others', () => {
    const old = copy();
    old.stages[2] = { id: 'возврат', name: 'Возврат', touchpoints: [{ id: 'письмо', name: 'Письмо', channel: 'web' }] };
    const now = structuredClone(old);
    now.stages[2].touchpoints![0].name = 'Письмо с благодарностью';
    now.stages[2].touchpoints!.push({ id: 'звонок', name: 'Звонок' });
    assert.deepEqual(diffMaps(old, now), [
      { kind: 'changed', type: 'touchpoint', id: 'письмо', stage: 'возврат', field: 'name', old: 'Письмо', new: 'Письмо с благодарностью' },
      { kind: 'added', type: 'touchpoint', id: 'звонок', stage: 'возврат', old: null, new: { id: 'звонок', name: 'Звонок' } },
    ]);
  });
});
