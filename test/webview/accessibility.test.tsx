/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * Accessibility of the map editor: the grid's roles and headers, the cards' accessible names, the roving tab stop
 * and Home/End, what the live region announces after an edit, the shortcuts popover and the curve's text table.
 */
import './setup';
import { strict as assert } from 'node:assert';
import { act } from 'preact/test-utils';
import { setActiveLocale } from '../../src/core/l10n/translate';
import { cardLabel } from '../../webview/components/cardLabel';
import { mountSmallMap } from './mountApp';
import { FakeApi, press, snapshot, SMALL_MAP, until, viewOf } from './setup';

const mount = mountSmallMap;

const focused = () => document.activeElement as HTMLElement | null;
const lastEditId = (api: FakeApi) => {
  const last = api.posted[api.posted.length - 1];
  assert.equal(last.type, 'edit');
  return (last as { id: number }).id;
};

describe('map editor accessibility', () => {
  it('is a grid: a header row of stages, a row per lane headed by its title, cells in rows', () => {
    const { root, texts } = mount();
    const grid = root.querySelector('[role="grid"]')!;
    assert.equal(grid.getAttribute('aria-label'), 'Small map: stages by lanes');
    const rows = Array.from(grid.children);
    assert.ok(rows.every((r) => r.getAttribute('role') === 'row'), 'only rows in the grid');
    assert.deepEqual(texts('[role="columnheader"] .stage__name'), ['Discover', 'Buy', 'Use']);
    assert.deepEqual(texts('[role="rowheader"] .lane__title').slice(0, 3), ['Personas', 'Touchpoints', 'Emotions']);
    const cells = grid.querySelectorAll('[role="gridcell"]');
    assert.ok(Array.from(cells).every((c) => c.parentElement?.getAttribute('role') === 'row'), 'every cell in a row');
    assert.equal(rows.length, Number(grid.getAttribute('aria-rowcount')));
  });

  it('names a card by stage, lane, name, emotion and moment of truth', () => {
    const { card } = mount();
    assert.equal(card('Payment').getAttribute('aria-label'),
      'Stage Buy, lane Touchpoints, card Payment, channel Website, emotion +1, moment of truth');
    assert.equal(card('Cart').getAttribute('aria-label'), 'Stage Buy, lane Touchpoints, card Cart, channel Website, emotion −1, 1 pain');
    assert.equal(card('Friend tells').getAttribute('aria-label'),
      'Stage Discover, lane Touchpoints, card Friend tells, channel Shop, emotion of Ben +1');
  });

  it('says a card’s label in the user’s language, with its plural forms', () => {
    setActiveLocale('ru');
    try {
      const tp = { id: 'pay', name: 'Оплата', emotion: -1, 'moment-of-truth': true, pains: ['a', 'b', 'c', 'd', 'e'] };
      assert.equal(cardLabel(tp, { stageName: 'Покупка', laneTitle: 'Точки контакта', personaName: (id) => id, insights: 2 }),
        'Этап Покупка, дорожка Точки контакта, карточка Оплата, эмоция −1, момент истины, 5 болей, 2 инсайта');
    } finally {
      setActiveLocale('en');
    }
  });

  it('keeps one item of the map in the tab order: the first stage, then the item last focused', () => {
    const { root, card } = mount();
    const stops = () => Array.from(root.querySelectorAll<HTMLElement>('[data-nav-lane]')).filter((e) => e.tabIndex === 0);
    assert.deepEqual(stops().map((e) => e.querySelector('.stage__name')?.textContent), ['Discover']);
    card('Search ad').focus();
    act(() => press(card('Search ad'), 'ArrowRight'));
    assert.equal(focused(), card('Cart'));
    assert.deepEqual(stops(), [card('Cart')]);
  });

  it('goes to the first and the last item of a lane with Home and End', () => {
    const { card, root } = mount();
    card('Cart').focus();
    act(() => press(card('Cart'), 'End'));
    assert.equal(focused()?.textContent?.trim(), 'Touchpoint', 'the last item of the lane: Add touchpoint of the last stage');
    assert.equal(focused(), Array.from(root.querySelectorAll('.cards .add-button')).pop());
    act(() => press(focused()!, 'Home'));
    assert.equal(focused(), card('Search ad'));
  });

  it('leaves a curve point for the lane above or below with PageUp and PageDown (its arrows set the emotion)', () => {
    const { card, api, root } = mount();
    const point = root.querySelector<HTMLElement>('.pt[aria-label^="Anna, busy parent at Cart"]')!;
    point.focus();
    act(() => press(point, 'PageUp'));
    assert.equal(focused(), card('Cart'), 'the first card of the stage');
    point.focus();
    act(() => press(point, 'PageDown'));
    assert.equal(focused()?.getAttribute('aria-label'), 'Pain: Slow page');
    assert.deepEqual(api.posted, [], 'no emotion changed');
  });

  it('announces a move, a rename and an emotion change once the host has applied them, not before', () => {
    const { api, store, card, root } = mount(5);
    const status = root.querySelector('[role="status"]')!;
    assert.equal(status.getAttribute('aria-live'), 'polite');
    act(() => press(card('Search ad'), 'ArrowRight', { altKey: true }));
    assert.equal(status.textContent, '', 'nothing before the host answers');
    act(() => store.receive({ type: 'editResult', id: lastEditId(api), ok: true }));
    assert.equal(status.textContent, 'Touchpoint “Search ad” moved to Buy.');
    act(() => press(card('Cart'), 'Enter'));
    const input = document.querySelector<HTMLInputElement>('input.rename')!;
    input.value = 'Basket';
    act(() => press(input, 'Enter'));
    act(() => store.receive({ type: 'editResult', id: lastEditId(api), ok: true }));
    assert.equal(status.textContent, 'Renamed to “Basket”.');
    const point = root.querySelector<HTMLElement>('.pt[aria-label^="Anna, busy parent at Cart"]')!;
    act(() => press(point, 'ArrowDown'));
    act(() => store.receive({ type: 'editResult', id: lastEditId(api), ok: false, reason: 'stale' }));
    assert.equal(status.textContent, 'The text changed meanwhile, so the map was refreshed. Try again.');
  });

  it('announces "Undone." and "Redone." for the change that follows Ctrl+Z or Ctrl+Y in the map, and nothing else', () => {
    const { store, card, root } = mount(5);
    const status = root.querySelector('[role="status"]')!;
    act(() => store.receive(snapshot(6, viewOf(SMALL_MAP.replace('name: Cart', 'name: Basket')))));
    assert.equal(status.textContent, '', 'a change typed in the text is not announced');
    act(() => press(card('Basket'), 'z', { ctrlKey: true }));
    act(() => store.receive(snapshot(7, viewOf(SMALL_MAP))));
    assert.equal(status.textContent, 'Undone.');
    act(() => press(document.body, 'y', { ctrlKey: true })); // the focused card may be gone (moved, deleted)
    act(() => store.receive(snapshot(8, viewOf(SMALL_MAP.replace('name: Cart', 'name: Basket')))));
    assert.equal(status.textContent, 'Redone.');
    act(() => store.setStatus(null));
    act(() => store.noteHistoryKey('undo', Date.now() - 10_000));
    act(() => store.receive(snapshot(9, viewOf(SMALL_MAP))));
    assert.equal(status.textContent, '', 'an undo pressed long before the change is not its cause');
  });

  it('lists the keyboard shortcuts in a popover that Escape closes, giving the focus back', () => {
    const { root } = mount();
    const button = root.querySelector<HTMLElement>('.toolbar vscode-button[aria-label="Keyboard shortcuts"]')!;
    button.tabIndex = 0;
    button.focus();
    act(() => button.click());
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
    assert.equal(dialog.querySelector('#shortcuts-title')?.textContent, 'Keyboard shortcuts');
    assert.equal(focused(), dialog);
    const row = Array.from(dialog.querySelectorAll('tbody tr')).find((r) => r.textContent?.includes('Alt+→'));
    assert.equal(row?.querySelector('td')?.textContent, 'Move the focused card to the previous or next stage.');
    act(() => press(dialog, 'Escape'));
    assert.equal(root.querySelector('[role="dialog"]'), null);
    assert.equal(focused(), button);
  });

  it('gives the emotion curve a text table of stage × persona, once the map is shown', async () => {
    const { root } = mount();
    const table = await until(() => root.querySelector('table.emotion-table'), 'the emotion table');
    assert.ok(table.classList.contains('visually-hidden'));
    const rows = Array.from(table.querySelectorAll('tr')).map((r) => Array.from(r.children).map((c) => c.textContent));
    assert.deepEqual(rows, [
      ['Stage', 'Anna, busy parent', 'Ben'],
      ['Discover', '0 neutral', '+0.5 pleased'],
      ['Buy', '0 neutral', '0 neutral'],
      ['Use', '+2 delighted', '+2 delighted'],
    ]);
  });
});
