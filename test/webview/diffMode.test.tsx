/** @jsxRuntime automatic */
/** @jsxImportSource preact */
import './setup';
import { strict as assert } from 'node:assert';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../webview/App';
import { MapStore } from '../../webview/store';
import { container, FakeApi, snapshot, SMALL_MAP, viewOf } from './setup';

/** The current map: Search ad removed, Cart renamed "Basket", Payment moved to Use, a new touchpoint, Buy's pain changed. */
const EDITED = SMALL_MAP
  .replace('      - { id: ad, name: Search ad, channel: web, emotion: 0 }\n', '')
  .replace('name: Cart,', 'name: Basket,')
  .replace('      - { id: pay, name: Payment, channel: web, emotion: 1, moment-of-truth: true }\n', '      - { id: coupon, name: Coupon, channel: web }\n')
  .replace('    emotion: 2\n', '    emotion: 2\n    touchpoints:\n      - { id: pay, name: Payment, channel: web, emotion: 1, moment-of-truth: true }\n');

function mount() {
  const api = new FakeApi();
  const store = new MapStore(api);
  const root = container();
  act(() => render(<App store={store} />, root));
  act(() => store.receive(snapshot(3, viewOf(EDITED))));
  act(() => store.receive({ type: 'compare', base: { label: 'HEAD:small.cjm.yaml', map: viewOf(SMALL_MAP).map } }));
  const names = (selector: string) => Array.from(root.querySelectorAll(`${selector} .card__name`)).map((n) => n.textContent);
  return { api, store, root, names };
}

describe('map editor diff mode', () => {
  it('marks added, changed and moved cards, shows removed ones as ghosts in place, and a summary', () => {
    const { root, names } = mount();
    assert.deepEqual(names('.card.diff--added'), ['Coupon']);
    assert.deepEqual(names('.card.diff--changed'), ['Basket']);
    assert.deepEqual(names('.card.diff--moved'), ['Payment']);
    assert.deepEqual(names('.card--ghost'), ['Search ad']);
    const discover = root.querySelectorAll('.cards')[0];
    assert.deepEqual(Array.from(discover.querySelectorAll('.card__name')).map((n) => n.textContent), ['Search ad', 'Friend tells'],
      'the ghost is in its old place, before Friend tells');
    const basket = root.querySelector<HTMLElement>('.card.diff--changed')!;
    assert.equal(basket.title, 'name "Cart" → "Basket"');
    assert.equal(root.querySelector<HTMLElement>('.card.diff--moved')!.title, 'moved from stage "Buy" (buy) to stage "Use" (use)');
    assert.equal(root.querySelector('.card.diff--moved .diff-badge--moved')?.textContent, 'from Buy');
    assert.equal(root.querySelector('.diff-summary__text')?.textContent, '1 touchpoint added, 1 removed, 1 changed, 1 moved');
    assert.equal(root.querySelector('.diff-summary__label code')?.textContent, 'HEAD:small.cjm.yaml');
  });

  it('shows a removed persona as a ghost card in its old place', () => {
    const api = new FakeApi();
    const store = new MapStore(api);
    const root = container();
    act(() => render(<App store={store} />, root));
    const withoutAnna = SMALL_MAP.replace('  - { id: anna, name: "Anna, busy parent" }\n', '');
    act(() => store.receive(snapshot(3, viewOf(withoutAnna))));
    act(() => store.receive({ type: 'compare', base: { label: 'old', map: viewOf(SMALL_MAP).map } }));
    assert.deepEqual(Array.from(root.querySelectorAll('.persona')).map((p) => [p.classList.contains('persona--ghost'), p.querySelector('.persona__name')?.textContent?.trim()]),
      [[true, 'Anna, busy parent'], [false, 'Ben']]);
  });

  it('draws the old emotion curve faded under the current one', () => {
    const { root } = mount();
    assert.ok(root.querySelectorAll('.curve__line--old').length > 0);
  });

  it('follows each new snapshot, and "Back to the map" leaves diff mode and tells the host', () => {
    const { api, store, root, names } = mount();
    act(() => store.receive(snapshot(4, viewOf(EDITED.replace('name: Basket,', 'name: Cart,')))));
    assert.deepEqual(names('.card.diff--changed'), []);
    assert.equal(root.querySelector('.diff-summary__text')?.textContent, '1 touchpoint added, 1 removed, 1 moved');
    const back = Array.from(root.querySelectorAll('.diff-summary vscode-button')).find((b) => b.textContent?.includes('Back to the map'))!;
    act(() => (back as HTMLElement).click());
    assert.equal(root.querySelector('.diff-summary'), null);
    assert.equal(root.querySelectorAll('.card--ghost').length, 0);
    assert.deepEqual(api.posted.at(-1), { type: 'endCompare' });
  });
});
