/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * The map editor in the language VS Code runs in: `<html lang>` chooses it, and the toolbar, lanes, empty states,
 * counts and numbers follow it. Each test sets the language and restores English after.
 */
import './setup';
import { strict as assert } from 'node:assert';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { setActiveLocale } from '../../src/core/l10n/translate';
import { App } from '../../webview/App';
import { speakDocumentLanguage } from '../../webview/documentLanguage';
import { MapStore } from '../../webview/store';
import { container, exampleView, FakeApi, SMALL_MAP, snapshot, viewOf } from './setup';

const texts = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector)).map((e) => e.textContent?.trim());

/** The app mounted in the language of `<html lang="tag">`, before any snapshot. */
function mountIn(tag: string): { root: HTMLElement; store: MapStore } {
  document.documentElement.lang = tag;
  speakDocumentLanguage();
  const root = container();
  const store = new MapStore(new FakeApi());
  act(() => render(<App store={store} />, root));
  return { root, store };
}

describe('map editor in the language of VS Code', function () {
  this.timeout(20_000); // whole example maps rendered in happy-dom, on a shared machine
  afterEach(() => {
    document.documentElement.lang = 'en';
    setActiveLocale('en');
  });

  it('speaks Russian for <html lang="ru">: toolbar, lanes, counts, empty states and percentages', () => {
    const { root, store } = mountIn('ru');
    assert.deepEqual(texts(root, '.empty'), ['Загрузка карты…']);
    act(() => store.receive(snapshot(1, viewOf(SMALL_MAP))));
    assert.equal(root.querySelector('.toolbar')?.getAttribute('aria-label'), 'Вид карты');
    assert.deepEqual(texts(root, '.control__label'), ['Персона', 'Канал']);
    assert.deepEqual(texts(root, '.toolbar vscode-button'), ['Дорожки', 'Сравнить с…', 'Инсайты (0)', 'Экспорт', '']);
    assert.equal(root.querySelector('.toolbar vscode-button:last-of-type')?.getAttribute('aria-label'), 'Сочетания клавиш');
    assert.deepEqual(texts(root, '.lane__title'), ['Персоны', 'Точки контакта', 'Эмоции', 'Боли', 'Каналы']);
    assert.deepEqual(texts(root, '.stage__count'), ['2 точки контакта', '2 точки контакта', '0 точек контакта']);
    assert.deepEqual(texts(root, '.jm__meta'), ['базовая карта']);
    act(() => store.setFilters({ hiddenLanes: ['pains'] }));
    assert.equal(texts(root, '.toolbar vscode-button')[0], 'Дорожки (скрыта 1)');
    act(() => (root.querySelectorAll('.toolbar vscode-button')[2] as HTMLElement).click());
    assert.deepEqual(texts(root, '.insights__empty'), ['Инсайтов нет: правилам из cjm.config.yaml не на что указать.']);
    act(() => store.receive(snapshot(2, exampleView('bank-omnichannel.cjm.yaml'))));
    assert.deepEqual(texts(root, '.metric__conv'), ['59,6\u00a0% от предыдущего этапа']);
    assert.ok(texts(root, '.metric__target').includes('цель 3\u00a0900 шт. · 79\u00a0%'), texts(root, '.metric__target').join('|'));
  });

  it('puts counts in the plural form of Polish and Latvian (Polish 1, few, many; Latvian 1 and 21 singular)', () => {
    const stages = [1, 3, 5, 21, 22, 0].map((n, i) => `  - id: s${i}\n    name: S${i}\n    touchpoints: [${
      Array.from({ length: n }, (_, k) => `{ id: t${i}x${k}, name: T${k} }`).join(', ')}]`).join('\n');
    const map = `cjm: 1\ntitle: Counts\nstages:\n${stages}\n`;
    const polish = mountIn('pl-PL');
    act(() => polish.store.receive(snapshot(1, viewOf(map))));
    assert.deepEqual(texts(polish.root, '.stage__count'),
      ['1 punkt styku', '3 punkty styku', '5 punktów styku', '21 punktów styku', '22 punkty styku', '0 punktów styku']);
    const latvian = mountIn('lv');
    act(() => latvian.store.receive(snapshot(1, viewOf(map))));
    assert.deepEqual(texts(latvian.root, '.stage__count'),
      ['1 saskarsmes punkts', '3 saskarsmes punkti', '5 saskarsmes punkti', '21 saskarsmes punkts', '22 saskarsmes punkti',
        '0 saskarsmes punktu']);
  });

  it('compares in Russian: the summary, the buttons, the badges and their tooltips', () => {
    const edited = SMALL_MAP.replace('name: Cart,', 'name: Basket,')
      .replace('      - { id: ad, name: Search ad, channel: web, emotion: 0 }\n', '')
      .replace('      - { id: pay, name: Payment, channel: web, emotion: 1, moment-of-truth: true }\n', '')
      .replace('    emotion: 2\n', '    emotion: 2\n    touchpoints:\n      - { id: pay, name: Payment, channel: web, emotion: 1, moment-of-truth: true }\n');
    const { root, store } = mountIn('ru');
    act(() => store.receive(snapshot(1, viewOf(edited))));
    act(() => store.receive({ type: 'compare', base: { label: 'HEAD', map: viewOf(SMALL_MAP).map } }));
    assert.equal(root.querySelector('.diff-summary__label')?.textContent, 'Изменения относительно HEAD:');
    assert.equal(root.querySelector('.diff-summary__text')?.textContent, 'удалено: 1 точка контакта, изменено: 1, перемещено: 1');
    assert.deepEqual(texts(root, '.diff-summary vscode-button'), ['Все 3 изменения', 'Назад к карте']);
    assert.equal(root.querySelector('.card.diff--moved .diff-badge--moved')?.textContent, 'из Buy');
    assert.equal(root.querySelector<HTMLElement>('.card.diff--moved')?.title, 'перемещено: этап "Buy" (buy) → этап "Use" (use)');
    assert.equal(root.querySelector<HTMLElement>('.card--ghost')?.title, 'Удалено: Search ad (ad)');
  });

  it('speaks English for a language without a bundle', () => {
    const { root, store } = mountIn('de');
    act(() => store.receive(snapshot(1, viewOf(SMALL_MAP))));
    assert.deepEqual(texts(root, '.toolbar vscode-button'), ['Lanes', 'Compare with…', 'Insights (0)', 'Export', '']);
    assert.deepEqual(texts(root, '.stage__count'), ['2 touchpoints', '2 touchpoints', '0 touchpoints']);
  });
});
