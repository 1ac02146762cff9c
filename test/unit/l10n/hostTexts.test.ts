/**
 * The extension host's texts in the user's language: hover cards, the Journey Maps view's counts and the journey
 * summary, in Russian (and a Latvian and a Polish plural), exact strings. The active language is set per test
 * and English restored after, as the other tests read English.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { summarizeMap } from '../../../src/codeLinks/mapSummary';
import { setActiveLocale } from '../../../src/core/l10n/translate';
import { childNodes, mapNodes, nodeText, type JourneyNode } from '../../../src/journeysView/journeyNodes';
import { journeySummaryLines } from '../../../src/journeysView/journeySummary';
import { declarationCard, touchpointCard } from '../../../src/language/hoverCards';

const MAP = {
  personas: [{ id: 'olga', name: 'Ольга' }],
  channels: [{ id: 'web', name: 'Сайт', kind: 'web' }, { id: 'fax', name: 'Факс' }],
  stages: [{
    id: 'pay', name: 'Оплата', touchpoints: [
      { id: 'card', name: 'Оплата картой', channel: 'web', emotion: -1, owner: 'Команда платежей', 'moment-of-truth': true,
        pains: ['Долго'], opportunities: ['Apple Pay'], metrics: [{ id: 'conv', name: 'Конверсия', value: 59.6, unit: '%', target: 65 }] },
      { id: 'receipt', name: 'Чек', channel: 'web' },
    ],
  }],
};

const VIEW_MAP = `cjm: 1
id: checkout
title: Покупка
channels:
  - { id: web, name: Сайт, kind: web }
stages:
  - id: pay
    name: Оплата
    touchpoints:
      - { id: a, name: А, channel: web, emotion: 1 }
      - { id: b, name: Б, channel: fax, emotion: 1 }
      - { id: c, name: В, channel: fax, emotion: 1 }
      - { id: d, name: Г, channel: fax, emotion: 1 }
      - { id: e, name: Д, channel: fax, emotion: 1 }
`;

describe('host texts in the user’s language', () => {
  afterEach(() => setActiveLocale('en'));

  it('a touchpoint’s hover card in Russian: fixed words translated, map text escaped as before', () => {
    setActiveLocale('ru');
    assert.equal(touchpointCard(MAP, 'card'), [
      '### Оплата картой ★',
      '',
      'Точка контакта `card`',
      '',
      '**Этап:** Оплата (`pay`)  \n**Канал:** Сайт (`web`)  \n**Персоны:** все  \n**Эмоция:** −1 🙁  \n'
        + '**Ответственный:** Команда платежей  \n**Момент истины:** да',
      '',
      '**Боли**',
      '',
      '- Долго',
      '',
      '**Возможности**',
      '',
      '- Apple Pay',
      '',
      '**Метрики**',
      '',
      '- Конверсия: 59.6 % (цель 65)',
    ].join('\n'));
  });

  it('a channel’s card counts its touchpoints with the Russian plural form; an unknown lane says so in Russian', () => {
    setActiveLocale('ru');
    assert.equal(declarationCard(MAP, 'channel', 'web'), '**Сайт** — канал `web`\n\nВид: web\n\nИспользуется в 2 точках контакта.');
    assert.equal(declarationCard(MAP, 'channel', 'fax'), '**Факс** — канал `fax`\n\nИспользуется в 0 точках контакта.');
    assert.equal(declarationCard(MAP, 'stage', 'pay'), '**Оплата** — этап `pay`\n\n2 точки контакта.');
    assert.equal(declarationCard(MAP, 'lane', 'notes'), 'Неизвестная дорожка `notes`: дорожка с таким id не объявлена в `lanes:`.');
  });

  it('the Journey Maps view counts in Russian: 4 ошибки, 1 этап, 5 точек контакта, 21 ссылка', () => {
    setActiveLocale('ru');
    const [map] = mapNodes([['file:///w/checkout.cjm.yaml', summarizeMap(analyze(VIEW_MAP, { fileName: 'checkout.cjm.yaml' }))]]) as [JourneyNode];
    assert.deepEqual(nodeText(map, 'checkout.cjm.yaml'), {
      label: 'Покупка',
      description: 'checkout.cjm.yaml · 4 ошибки',
      tooltip: 'Покупка (checkout.cjm.yaml) · 1 этап · 5 точек контакта',
    });
    const [stage] = childNodes(map, () => 0) as [JourneyNode];
    assert.equal(nodeText(stage, '').description, '+1 🙂 · 5 точек контакта · 4 проблемы');
    const touchpoints = childNodes(stage, (id) => (id === 'a' ? 21 : 1));
    assert.deepEqual(touchpoints.slice(0, 2).map((t) => nodeText(t, '').description),
      ['+1 🙂 · 21 ссылка из кода', '+1 🙂 · 1 проблема · 1 ссылка из кода']);
  });

  it('counts in Latvian and Polish take each language’s own forms (21 → one in Latvian, 22 → few in Polish)', () => {
    const [map] = mapNodes([['file:///w/checkout.cjm.yaml', summarizeMap(analyze(VIEW_MAP, { fileName: 'checkout.cjm.yaml' }))]]) as [JourneyNode];
    const [stage] = childNodes(map, () => 0) as [JourneyNode];
    const [first] = childNodes(stage, () => 21) as [JourneyNode];
    setActiveLocale('lv');
    assert.equal(nodeText(first, '').description, '+1 🙂 · 21 atsauce no koda');
    setActiveLocale('pl');
    const [second] = childNodes(stage, () => 22).slice(1) as [JourneyNode];
    assert.equal(nodeText(second, '').description, '+1 🙂 · 1 problem · 22 odwołania z kodu');
  });

  it('a journey link’s summary in Russian', () => {
    setActiveLocale('ru');
    const summary = summarizeMap(analyze(VIEW_MAP, { fileName: 'checkout.cjm.yaml' }));
    assert.deepEqual(journeySummaryLines(summary, 'pay', 'checkout.cjm.yaml'),
      ['Покупка (checkout.cjm.yaml)', 'Этапы: [Оплата]', 'Средняя эмоция: +1 🙂']);
    assert.deepEqual(journeySummaryLines({ ...summary, stages: [], touchpoints: [] }, undefined, 'x.cjm.yaml'), ['Покупка (x.cjm.yaml)', 'Этапы: нет']);
  });
});
