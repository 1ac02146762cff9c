/**
 * Exports speak the map's language (`lang:`), else the active one: lane titles, column headers and fixed words,
 * and numbers as that language writes them (Russian: `10 000` with a no-break space, `59,6 %`).
 */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { exportHtml, exportSvg, exportText, type StaticMapRenderer } from '../../../src/core/export';
import { PRINT_THEME } from '../../../src/core/export/printTheme';
import { activeTranslator, setActiveLocale } from '../../../src/core/l10n/translate';
import { mapSchema } from '../../../src/core/schema';
import type { JourneyView } from '../../../src/shared/viewModel';
import { loadStaticRenderer } from './staticRenderer';

/** A no-break space, as Russian groups digits and sets off the percent sign. */
const NBSP = '\u00a0';

const MAP = `cjm: 1
title: Оформление заказа
lang: ru
owner: Команда корзины
personas:
  - { id: anna, name: Анна }
channels:
  - { id: web, name: Сайт, kind: web }
stages:
  - id: cart
    name: Корзина
    thoughts: [Где промокод?]
    touchpoints:
      - { id: cart-page, name: Страница корзины, channel: web, emotion: 1, owner: Корзина, moment-of-truth: true,
          pains: [Купон спрятан], opportunities: [Показать купон сразу] }
    metrics:
      - { id: sessions, name: Сессии, value: 10000 }
  - id: pay
    name: Оплата
    touchpoints:
      - { id: card, name: Оплата картой, channel: web, emotion: -1 }
    metrics:
      - { id: sessions, name: Оплаты, value: 5960, target: 8000 }
`;

function viewOf(text: string): JourneyView {
  return { mapId: 'checkout', fileName: 'checkout.cjm.yaml', map: mapSchema.parse(parse(text)) };
}

/** Each `<text>` of an SVG as its lines joined by spaces, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => [...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
    .map((s) => s[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).join(' '));
}

const withoutLang = (text: string) => text.replace('lang: ru\n', '');

describe('exports in the map’s language', function () {
  this.timeout(30000);
  afterEach(() => setActiveLocale('en'));

  it('SVG of a `lang: ru` map: Russian lane titles, fixed words and numbers, from an English VS Code', () => {
    const texts = svgTexts(exportSvg(viewOf(MAP)));
    for (const title of ['Персоны', 'Точки контакта', 'Эмоции', 'Боли', 'Возможности', 'Каналы', 'Метрики']) {
      assert.ok(texts.includes(title), `lane title "${title}" in ${JSON.stringify(texts)}`);
    }
    assert.ok(texts.includes('Ответственный: Команда корзины'), 'the owner line');
    assert.ok(texts.includes('★ Момент истины'), 'the moment-of-truth mark');
    assert.ok(texts.includes('Эмоция +1'), 'a card’s emotion');
    assert.ok(texts.includes('«Где промокод?»'), 'a thought in Russian quotation marks');
    assert.ok(texts.includes(`10${NBSP}000`), 'a value grouped with a no-break space');
    assert.ok(texts.includes(`цель 8${NBSP}000 · 75${NBSP}%`), 'the target and its share');
    assert.ok(texts.includes(`→ 59,6${NBSP}% от предыдущего этапа`), 'the conversion with a decimal comma');
    assert.ok(!texts.includes('Touchpoints') && !texts.includes('Metrics'), 'no English lane title');
    assert.equal(activeTranslator().locale, 'en', 'the active language is untouched');
  });

  it('Markdown and CSV of a `lang: ru` map: Russian headings, column headers and numbers', () => {
    const md = exportText(viewOf(MAP), 'md').split('\n');
    assert.ok(md.includes('**Ответственный:** Команда корзины'), 'the owner fact');
    assert.ok(md.includes('## Персоны') && md.includes('## Каналы') && md.includes('**Точки контакта**'), 'section titles');
    assert.ok(md.includes('| Точка контакта | Канал | Персоны | Эмоция | Боли | Возможности | Ответственный |'), 'the touchpoint table header');
    assert.ok(md.includes('★ момент истины'), 'the moment-of-truth note');
    assert.ok(md.includes('| Метрика | Значение | Цель | Ед. изм. |'), 'the metric table header');
    assert.ok(md.includes(`| Оплаты | 5${NBSP}960 | 8${NBSP}000 |   |`), 'metric numbers grouped as Russian groups them');
    const csv = exportText(viewOf(MAP), 'csv');
    assert.equal(csv.split('\r\n')[0], '\uFEFFЭтап,Точка контакта,Канал,Персоны,Эмоция,Боли,Возможности,Ответственный');
  });

  it('HTML of a `lang: ru` map: Russian lane titles and numbers from the map editor’s components, <html lang="ru">', async () => {
    const renderer: StaticMapRenderer = await loadStaticRenderer();
    const html = exportHtml(viewOf(MAP), { renderer, css: '', theme: PRINT_THEME });
    assert.ok(html.includes('<html lang="ru">'));
    for (const title of ['Точки контакта', 'Эмоции', 'Боли', 'Метрики']) assert.ok(html.includes(`>${title}<`), `lane title "${title}"`);
    assert.ok(!html.includes('>Touchpoints<'), 'no English lane title');
    assert.ok(html.includes(`<span class="metric__value">10${NBSP}000</span>`), 'the value grouped with a no-break space');
    const english = exportHtml(viewOf(withoutLang(MAP)), { renderer, css: '', theme: PRINT_THEME });
    assert.ok(english.includes('<html lang="en">') && english.includes('>Touchpoints<'), 'a map without lang: in English again');
  });

  it('a map without `lang:` follows the active language (VS Code’s, or --locale)', () => {
    setActiveLocale('pl');
    const texts = svgTexts(exportSvg(viewOf(withoutLang(MAP))));
    assert.ok(texts.includes('Punkty styku') && texts.includes('Wskaźniki'), JSON.stringify(texts));
    assert.ok(texts.includes('cel 8000 · 75%'), 'Polish leaves four digits ungrouped and sets % close');
    assert.ok(exportText(viewOf(withoutLang(MAP)), 'md').includes('| Punkt styku | Kanał | Persony | Emocja | Punkty bólu | Szanse | Właściciel |'));
    setActiveLocale('en');
    const english = svgTexts(exportSvg(viewOf(withoutLang(MAP))));
    assert.ok(english.includes('Touchpoints') && english.includes('target 8\u202f000 · 75%'), JSON.stringify(english));
  });

  it('a map’s `lang:` wins over the active language', () => {
    setActiveLocale('lv');
    assert.ok(svgTexts(exportSvg(viewOf(MAP))).includes('Точки контакта'));
    assert.ok(svgTexts(exportSvg(viewOf(MAP.replace('lang: ru', 'lang: en')))).includes('Touchpoints'));
  });
});
