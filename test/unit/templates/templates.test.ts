import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { analyze } from '../../../src/core/analyze';
import { mapSchema, MAP_TYPES } from '../../../src/core/schema';
import { MAP_TEMPLATES, findTemplate, templateFamily, templateGroups } from '../../../src/core/templates';

const FAMILIES = [
  'basic', 'emotions', 'channels', 'persona', 'internal',
  'saas-onboarding', 'ecommerce-checkout', 'restaurant-visit', 'bank-omnichannel',
];

describe('Map templates', () => {
  it('has the nine templates in English (ids unchanged) and in Russian, Polish and Latvian (id.<lang>)', () => {
    assert.deepEqual(MAP_TEMPLATES.map((t) => t.id), [
      ...FAMILIES, ...FAMILIES.map((f) => `${f}.ru`), ...FAMILIES.map((f) => `${f}.pl`), ...FAMILIES.map((f) => `${f}.lv`),
    ]);
    assert.equal(findTemplate('persona')?.label, 'Persona journey');
    assert.equal(findTemplate('ecommerce-checkout')?.lang, 'en');
    assert.equal(findTemplate('ecommerce-checkout.ru')?.label, 'Оформление заказа в интернет-магазине');
    assert.equal(templateFamily(findTemplate('saas-onboarding.lv')!), 'saas-onboarding');
    assert.equal(findTemplate('nope'), undefined);
  });

  it('writes each translation for its language: its own title, label and description, not the English ones', () => {
    for (const locale of ['ru', 'pl', 'lv'] as const) {
      for (const family of FAMILIES) {
        const english = findTemplate(family)!;
        const translated = findTemplate(`${family}.${locale}`)!;
        assert.notEqual(translated.label, english.label, `${translated.id} label`);
        assert.notEqual(translated.description, english.description, `${translated.id} description`);
        assert.notEqual(mapSchema.parse(parse(translated.text)).title, mapSchema.parse(parse(english.text)).title, `${translated.id} title`);
      }
    }
  });

  it('keeps the English template’s structure in each translation: the same keys, ids, list lengths and emotions', () => {
    /** The map with every text and number but ids and emotions replaced by its type: a comma that splits a list item shows. */
    const shape = (value: unknown, key = ''): unknown => {
      if (Array.isArray(value)) return value.map((v) => shape(v, key));
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, k)]));
      return ['id', 'channel', 'personas', 'emotion', 'moment-of-truth', 'type', 'kind'].includes(key) ? value : typeof value;
    };
    for (const template of MAP_TEMPLATES.filter((t) => t.lang !== 'en')) {
      const english = findTemplate(templateFamily(template))!;
      const [own, source] = [template, english].map((t) => ({ ...(parse(t.text) as object), lang: undefined }));
      assert.deepEqual(shape(own), shape(source), template.id);
    }
  });

  it('puts VS Code’s language first in the New Map picker: its map types, its examples, then each other language', () => {
    const groups = templateGroups('pl');
    assert.deepEqual(groups.map((g) => `${g.kind}:${g.lang}:${g.templates.map(templateFamily).join(',')}`), [
      `map-types:pl:${FAMILIES.slice(0, 5).join(',')}`, `examples:pl:${FAMILIES.slice(5).join(',')}`,
      `language:en:${FAMILIES.join(',')}`, `language:ru:${FAMILIES.join(',')}`, `language:lv:${FAMILIES.join(',')}`,
    ]);
    assert.ok(groups.every((g) => g.templates.every((t) => t.lang === g.lang)));
    assert.equal(templateGroups('en')[0].templates[0].id, 'basic');
  });

  it('covers every map type in every language', () => {
    for (const locale of ['en', 'ru', 'pl', 'lv'] as const) {
      const types = new Set(MAP_TEMPLATES.filter((t) => t.lang === locale).map((t) => mapSchema.parse(parse(t.text)).type));
      for (const type of MAP_TYPES) assert.ok(types.has(type), `${locale}: ${type}`);
    }
  });

  for (const template of MAP_TEMPLATES) {
    describe(template.id, () => {
      it('sets lang: to its language, so it exports in that language', () => {
        assert.equal(mapSchema.parse(parse(template.text)).lang, template.lang);
      });

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
