/** @jsxRuntime automatic */
/** @jsxImportSource preact */
import './setup';
import { strict as assert } from 'node:assert';
import { act } from 'preact/test-utils';
import { mountSmallMap } from './mountApp';
import { press, snapshot, SMALL_MAP, viewOf } from './setup';

const mount = mountSmallMap;

const focused = () => document.activeElement as HTMLElement | null;

describe('keyboard navigation', () => {
  it('moves between cards with the arrow keys: down in a stage, right to the next stage', () => {
    const { card } = mount();
    card('Search ad').focus();
    act(() => press(card('Search ad'), 'ArrowDown'));
    assert.equal(focused(), card('Friend tells'));
    act(() => press(card('Friend tells'), 'ArrowRight'));
    assert.equal(focused(), card('Payment'), 'same position in the next stage');
    act(() => press(card('Payment'), 'ArrowUp'));
    assert.equal(focused(), card('Cart'));
    act(() => press(card('Cart'), 'ArrowLeft'));
    assert.equal(focused(), card('Search ad'));
  });

  it('goes up from the first card to the stage name; cards and points are focusable, one at a time in the tab order', () => {
    const { root, card } = mount();
    card('Cart').focus();
    act(() => press(card('Cart'), 'ArrowUp'));
    assert.equal(focused()?.querySelector('.stage__name')?.textContent, 'Buy');
    const cards = Array.from(root.querySelectorAll<HTMLElement>('.card'));
    const points = Array.from(root.querySelectorAll<HTMLElement>('.pt'));
    assert.equal(cards.length, 4);
    assert.equal(points.length, 9);
    assert.ok([...cards, ...points].every((e) => e.tabIndex === -1), 'focusable, out of the tab order (the map is one stop)');
  });
});

describe('editing from the map', () => {
  it('ArrowUp on a curve point sets the emotion one higher on the right path', () => {
    const { api, root } = mount(5);
    const point = root.querySelector<HTMLElement>('.pt[aria-label^="Anna, busy parent at Cart"]')!;
    point.focus();
    act(() => press(point, 'ArrowUp'));
    assert.deepEqual(api.posted, [{ type: 'edit', id: 1, baseVersion: 5,
      op: { kind: 'set', path: ['stages', 1, 'touchpoints', 0, 'emotion'], value: 0 } }]);
    const ben = root.querySelector<HTMLElement>('.pt[aria-label^="Ben at Friend tells"]')!;
    act(() => press(ben, 'ArrowDown'));
    assert.deepEqual(api.posted[1], { type: 'edit', id: 2, baseVersion: 5,
      op: { kind: 'set', path: ['stages', 0, 'touchpoints', 1, 'emotion', 'ben'], value: 0 } });
  });

  it('never sets an emotion beyond +2', () => {
    const { api, root } = mount();
    const point = root.querySelector<HTMLElement>('.pt[aria-label^="Ben at Use"]')!;
    act(() => press(point, 'ArrowUp'));
    assert.deepEqual(api.posted, []);
  });

  it('renames in place: Enter opens the input, Enter commits a set on the name; Escape cancels', () => {
    const { api, card, store } = mount(5);
    act(() => press(card('Cart'), 'Enter'));
    const input = card('Cart')?.querySelector('input') ?? document.querySelector<HTMLInputElement>('input.rename')!;
    assert.equal(input.value, 'Cart');
    input.value = 'Basket';
    act(() => { input.dispatchEvent(new InputEvent('input', { bubbles: true })); });
    act(() => store.receive(snapshot(6, viewOf(SMALL_MAP.replace('title: Small map', 'title: Other')))));
    assert.equal(document.querySelector<HTMLInputElement>('input.rename')?.value, 'Basket', 'a snapshot keeps the draft');
    act(() => press(input, 'Enter'));
    assert.deepEqual(api.posted, [{ type: 'edit', id: 1, baseVersion: 6,
      op: { kind: 'set', path: ['stages', 1, 'touchpoints', 0, 'name'], value: 'Basket' } }]);
    act(() => press(card('Payment'), 'Enter'));
    const second = document.querySelector<HTMLInputElement>('input.rename')!;
    second.value = 'Pay';
    act(() => press(second, 'Escape'));
    assert.equal(api.posted.length, 1);
    assert.equal(document.querySelector('input.rename'), null);
  });

  it('adds a touchpoint with a new unique id, and deletes one with an undo hint', () => {
    const { api, root, card, store } = mount(5);
    const add = Array.from(root.querySelectorAll<HTMLElement>('.cards .add-button'))[2];
    act(() => add.click());
    assert.deepEqual(api.posted[0], { type: 'edit', id: 1, baseVersion: 5,
      op: { kind: 'insert', path: ['stages', 2, 'touchpoints'], index: 0, value: { id: 'touchpoint-1', name: 'New touchpoint' } } });
    act(() => press(card('Friend tells'), 'Delete'));
    assert.deepEqual(api.posted[1].type === 'edit' && api.posted[1].op, { kind: 'remove', path: ['stages', 0, 'touchpoints', 1] });
    assert.equal(store.state.status, 'Deleted “Friend tells”. Undo with Ctrl+Z (⌘Z).');
  });

  it('moves a card to the next stage with Alt+ArrowRight, and reveals an item on click', () => {
    const { api, card } = mount(5);
    act(() => press(card('Search ad'), 'ArrowRight', { altKey: true }));
    assert.deepEqual(api.posted[0].type === 'edit' && api.posted[0].op,
      { kind: 'move', from: ['stages', 0, 'touchpoints', 0], to: ['stages', 1, 'touchpoints'], index: 0 });
    act(() => card('Payment').click());
    assert.deepEqual(api.posted[1], { type: 'reveal', path: ['stages', 1, 'touchpoints', 1] });
  });

  it('outlines the item the host highlights', () => {
    const { store, card } = mount();
    act(() => store.receive({ type: 'highlight', path: ['stages', 1, 'touchpoints', 1, 'name'] }));
    assert.ok(card('Payment').classList.contains('is-highlighted'));
    act(() => store.receive({ type: 'highlight', path: ['stages', 0] }));
    assert.ok(!card('Payment').classList.contains('is-highlighted'));
  });
});

describe('toolbar', () => {
  it('asks the host to export the map from the Export button', () => {
    const { api, root } = mount();
    const button = Array.from(root.querySelectorAll<HTMLElement>('vscode-button'))
      .find((b) => b.textContent?.trim() === 'Export');
    assert.ok(button, 'an Export button in the toolbar');
    act(() => button!.click());
    assert.deepEqual(api.posted, [{ type: 'export' }]);
  });
});

describe('code references on cards', () => {
  it('shows how many places in code name a touchpoint, and nothing on cards that none names', () => {
    const { store, card } = mount();
    act(() => store.receive({ type: 'codeReferences', counts: { ad: 2 } }));
    const badge = card('Search ad').querySelector('.card__code');
    assert.equal(badge?.textContent, '2');
    assert.equal(badge?.getAttribute('title'), '2 places in code refer to this touchpoint');
    assert.equal(card('Payment').querySelector('.card__code'), null);
  });
});
