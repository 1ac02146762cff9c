import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { BASE, edit, expectOnly, offsetOf, problemsOf, spanOf } from './analyzeTestKit';

describe('analyze: references, duplicates and warnings', () => {
  it('unknown-channel names the value, the declared channels and the closest one', () => {
    const text = edit(edit(BASE, 'channel: web', 'channel: wbe'), '    name: Website\n', '    name: Website\n');
    const problems = problemsOf(text);
    const p = problems.find((x) => x.code === 'unknown-channel')!;
    assert.deepEqual({ offset: p.offset, length: p.length }, { offset: offsetOf(text, 'wbe'), length: 3 });
    assert.equal(p.message, 'Unknown channel "wbe". Declared channels: web, app. Did you mean "web"?');
    assert.equal(p.suggestion, 'web');
    assert.deepEqual(p.path, ['stages', 0, 'touchpoints', 0, 'channel']);
  });

  it('unknown-channel without declared channels says how to declare one', () => {
    const text = edit(BASE, 'channels:\n  - id: web\n    name: Website\n  - id: app\n    name: App\n', '')
      .replace('        channel: app\n', '');
    expectOnly(text, 'unknown-channel', 'channel: «web»', 'Unknown channel "web". No channels are declared; add one under "channels:".');
  });

  it('unknown-persona in a touchpoint personas list and in a per-persona emotion key', () => {
    expectOnly(edit(BASE, 'personas: [anna]', 'personas: [ana]'), 'unknown-persona', '[«ana»]',
      'Unknown persona "ana". Declared personas: anna. Did you mean "anna"?');
    const p = expectOnly(edit(BASE, '{ anna: 1 }', '{ anna: 1, bob: 0 }'), 'unknown-persona', 'bob',
      'Unknown persona "bob". Declared personas: anna.');
    assert.equal(p.suggestion, undefined);
  });

  it('unknown-lane: a stage lanes key', () => {
    expectOnly(edit(BASE, '      questions: [', '      qestions: ['), 'unknown-lane', 'qestions',
      'Unknown lane "qestions". Declared lanes: questions. Did you mean "questions"?');
  });

  it('a quoted reference is flagged without its quotes', () => {
    const text = edit(BASE, 'channel: app', "channel: 'ap'");
    const p = problemsOf(text).find((x) => x.code === 'unknown-channel')!;
    assert.deepEqual({ offset: p.offset, length: p.length }, spanOf(text, "channel: '«ap»'"));
    assert.equal(p.message, 'Unknown channel "ap". Declared channels: web, app. Did you mean "app"?');
  });

  it('duplicate-id: touchpoints across stages, flagged on the second declaration', () => {
    const text = `${BASE}  - id: pay\n    name: Pay\n    touchpoints:\n      - id: ad\n        name: Again\n        channel: web\n`;
    const p = expectOnly(text, 'duplicate-id', 'id: «ad»\n        name: Again', 'Duplicate touchpoint id "ad": touchpoint ids must be unique in the map.');
    assert.equal(p.suggestion, 'ad-2');
    const first = text.indexOf('id: ad') + 'id: '.length;
    assert.deepEqual(p.related, [{ offset: first, length: 2, message: 'The first touchpoint "ad" is declared here.' }]);
  });

  it('duplicate-id: stages, personas, channels, lanes', () => {
    const stage = `${BASE}  - id: discover\n    name: Again\n    touchpoints: [{ id: x, name: X, channel: web }]\n`;
    expectOnly(stage, 'duplicate-id', '«discover»\n    name: Again', 'Duplicate stage id "discover": stage ids must be unique in the map.');
    expectOnly(edit(BASE, '  - id: app\n    name: App\n', '  - id: web\n    name: App\n').replace('channel: app', 'channel: web'),
      'duplicate-id', 'id: «web»\n    name: App', 'Duplicate channel id "web": channel ids must be unique in the map.');
    expectOnly(edit(BASE, '    name: Anna\n', '    name: Anna\n  - id: anna\n    name: Anna 2\n'),
      'duplicate-id', 'id: «anna»\n    name: Anna 2', 'Duplicate persona id "anna": persona ids must be unique in the map.');
    expectOnly(edit(BASE, '    name: Questions\n', '    name: Questions\n  - { id: questions, name: Q2 }\n'),
      'duplicate-id', '{ id: «questions», name: Q2', 'Duplicate lane id "questions": lane ids must be unique in the map.');
  });

  it('duplicate-id: metrics only within their owner', () => {
    const metric = '    metrics:\n      - { id: visits, name: Visits }\n';
    const twoOwners = edit(BASE, '    emotion: 1\n', `    emotion: 1\n${metric}`)
      .replace('        channel: app\n', `        channel: app\n    ${metric.replace(/\n(?!$)/, '\n    ')}`);
    assert.deepEqual(problemsOf(twoOwners), []);
    const sameOwner = edit(BASE, '    emotion: 1\n', `    emotion: 1\n${metric}      - { id: visits, name: Again }\n`);
    expectOnly(sameOwner, 'duplicate-id', '{ id: «visits», name: Again', 'Duplicate metric id "visits": metric ids must be unique within their stage.');
  });

  it('empty-stage, unused-channel and unused-persona are warnings on the declaration id', () => {
    const empty = `${BASE}  - id: loyal\n    name: Loyal\n`;
    const p = expectOnly(empty, 'empty-stage', 'loyal', 'Stage "loyal" has no touchpoints. Add at least one under "touchpoints:".');
    assert.equal(p.severity, 'warning');
    const unused = edit(BASE, '  - id: app\n    name: App\n', '  - id: app\n    name: App\n  - id: fax\n    name: Fax\n');
    assert.equal(expectOnly(unused, 'unused-channel', 'fax',
      'Channel "fax" is declared but no touchpoint uses it (set "channel: fax" on one, or remove it).').severity, 'warning');
    const persona = edit(edit(BASE, '    name: Anna\n', '    name: Anna\n  - id: ben\n    name: Ben\n'),
      '        channel: app\n', '        channel: app\n        personas: [anna]\n');
    expectOnly(persona, 'unused-persona', 'ben',
      'Persona "ben" is declared but no touchpoint lists it under "personas:" or in an emotion.');
  });

  it('a persona is used when some touchpoint has no personas list (it serves everyone)', () => {
    const text = edit(BASE, '    name: Anna\n', '    name: Anna\n  - id: ben\n    name: Ben\n');
    assert.deepEqual(problemsOf(text), []);
  });

  it('indexes every declaration and reference with the exact id range, in text order', () => {
    const analysis = analyze(BASE, { fileName: 'maps/shop.cjm.yaml' });
    const show = (o: { kind: string; id: string; offset: number; length: number }) => `${o.kind}:${o.id}@${BASE.slice(o.offset, o.offset + o.length)}`;
    assert.deepEqual(analysis.index.declarations.map(show),
      ['persona:anna@anna', 'channel:web@web', 'channel:app@app', 'lane:questions@questions', 'stage:discover@discover',
        'touchpoint:ad@ad', 'touchpoint:shop-app@shop-app']);
    assert.deepEqual(analysis.index.references.map((r) => `${show(r)} ${JSON.stringify(r.path)}`), [
      'lane:questions@questions ["stages",0,"lanes","questions"]',
      'channel:web@web ["stages",0,"touchpoints",0,"channel"]',
      'persona:anna@anna ["stages",0,"touchpoints",0,"personas",0]',
      'persona:anna@anna ["stages",0,"touchpoints",0,"emotion","anna"]',
      'channel:app@app ["stages",0,"touchpoints",1,"channel"]',
    ]);
    assert.equal(analysis.index.references[1].offset, offsetOf(BASE, 'web', 1));
    assert.equal(analysis.mapId, 'shop');
  });

  it('indexes metric declarations with their owner, and a declared map id', () => {
    const text = edit(BASE, 'title: Shop', 'id: shop-map\ntitle: Shop').replace('    emotion: 1\n', '    emotion: 1\n    metrics: [{ id: visits, name: V }]\n');
    const analysis = analyze(text, { fileName: 'other.cjm.yaml' });
    assert.equal(analysis.mapId, 'shop-map');
    const metric = analysis.index.declarations.find((d) => d.kind === 'metric')!;
    assert.deepEqual([metric.id, metric.path, metric.owner, metric.offset], ['visits', ['stages', 0, 'metrics', 0, 'id'], ['stages', 0], offsetOf(text, 'visits')]);
  });
});
