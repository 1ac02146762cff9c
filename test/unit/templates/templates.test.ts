import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { analyze } from '../../../src/core/analyze';
import { mapSchema, MAP_TYPES } from '../../../src/core/schema';
import { MAP_TEMPLATES, findTemplate } from '../../../src/core/templates';

describe('Map templates', () => {
  it('has the nine templates the New Map picker offers, with unique ids', () => {
    assert.deepEqual(MAP_TEMPLATES.map((t) => t.id), [
      'basic', 'emotions', 'channels', 'persona', 'internal',
      'saas-onboarding', 'ecommerce-checkout', 'restaurant-visit', 'bank-omnichannel',
    ]);
    assert.equal(findTemplate('persona')?.label, 'Persona journey');
    assert.equal(findTemplate('nope'), undefined);
  });

  it('covers every map type', () => {
    const types = new Set(MAP_TEMPLATES.map((t) => mapSchema.parse(parse(t.text)).type));
    for (const type of MAP_TYPES) assert.ok(types.has(type), type);
  });

  for (const template of MAP_TEMPLATES) {
    describe(template.id, () => {
      it('validates clean: no errors and no warnings from analyze', () => {
        const analysis = analyze(template.text, { fileName: `${template.id}.cjm.yaml` });
        assert.ok(analysis.model, 'has a model');
        assert.deepEqual(analysis.problems.filter((p) => p.severity !== 'info').map((p) => `${p.code}: ${p.message}`), []);
        assert.ok(mapSchema.safeParse(parse(template.text)).success, 'matches the schema');
      });

      it('is realistic: several stages, channels in use, pains, opportunities and metrics', () => {
        const map = mapSchema.parse(parse(template.text));
        const touchpoints = map.stages.flatMap((s) => s.touchpoints ?? []);
        assert.ok(map.stages.length >= 4, 'at least 4 stages');
        assert.ok(map.stages.every((s) => (s.touchpoints ?? []).length > 0), 'no empty stage');
        const used = new Set(touchpoints.map((t) => t.channel));
        assert.ok(used.size >= 3, 'touchpoints on at least 3 channels');
        assert.deepEqual(map.channels?.filter((c) => !used.has(c.id)), [], 'every channel is used');
        const named = new Set(touchpoints.flatMap((t) => [...(t.personas ?? []), ...Object.keys(typeof t.emotion === 'object' ? t.emotion : {})]));
        assert.deepEqual(map.personas?.filter((p) => !named.has(p.id)), [], 'every persona is named by a touchpoint');
        assert.ok(touchpoints.some((t) => t.pains?.length) || map.stages.some((s) => s.pains?.length), 'has pains');
        assert.ok(touchpoints.some((t) => t.opportunities?.length), 'has opportunities');
        assert.ok(map.stages.some((s) => s.metrics?.length), 'has metrics');
        assert.equal(map.id, undefined, 'no id: the map id follows the file name');
      });

      it('teaches the format with comments', () => {
        assert.ok(template.text.split('\n').filter((l) => /(^|\s)# /.test(l)).length >= 2);
      });
    });
  }
});
