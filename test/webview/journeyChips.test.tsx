/** @jsxRuntime automatic */
/** @jsxImportSource preact */
import './setup';
import { strict as assert } from 'node:assert';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { HostMessage } from '../../src/shared/protocol';
import { App } from '../../webview/App';
import { MapStore } from '../../webview/store';
import { container, FakeApi, press, snapshot, SMALL_MAP, viewOf } from './setup';

/** SMALL_MAP with a link on the "Buy" stage and one on the "Cart" touchpoint. */
const LINKED = SMALL_MAP
  .replace('    name: Buy\n', '    name: Buy\n    journey: support/call\n')
  .replace('{ id: cart, name: Cart,', '{ id: cart, name: Cart, journey: retuns,');

const JOURNEYS: HostMessage = {
  type: 'journeys',
  targets: { 'support/call': { title: 'Support line', stageName: 'Call the line' } },
  incoming: [{ link: 'hub', mapTitle: 'Hub journey', fromName: 'Get help' }],
};

function mount() {
  const api = new FakeApi();
  const store = new MapStore(api);
  const root = container();
  act(() => render(<App store={store} />, root));
  act(() => store.receive(snapshot(3, viewOf(LINKED))));
  const stage = (name: string) => Array.from(root.querySelectorAll<HTMLElement>('.stage'))
    .find((s) => s.querySelector('.stage__name')?.textContent === name)!;
  const card = (name: string) => Array.from(root.querySelectorAll<HTMLElement>('.card'))
    .find((c) => c.querySelector('.card__name')?.textContent === name)!;
  return { api, store, root, stage, card };
}

const chipOf = (el: Element) => el.querySelector<HTMLButtonElement>('.journey-chip')!;
const looks = (chip: HTMLElement) => [chip.textContent, chip.title, chip.classList.contains('journey-chip--unknown')];

describe('journey link chips', () => {
  it('show the raw link until the host names the targets, then the title, or the link struck when no map has its id', () => {
    const { store, root, stage, card } = mount();
    assert.deepEqual(looks(chipOf(stage('Buy'))), ['support/call', 'Opens support/call', false]);
    act(() => store.receive(JOURNEYS));
    assert.deepEqual(looks(chipOf(stage('Buy'))), ['Support line', 'Opens Support line (Call the line)', false]);
    assert.deepEqual(looks(chipOf(card('Cart'))), ['retuns', 'No map in the workspace has the id “retuns”', true]);
    assert.equal(root.querySelectorAll('.journey-chip').length, 3, 'two links and one "Opened from" chip, nothing on the others');
  });

  it('open the link on click and on Enter, without revealing the stage or card in the text', () => {
    const { api, store, stage, card } = mount();
    act(() => store.receive(JOURNEYS));
    act(() => chipOf(stage('Buy')).click());
    act(() => press(chipOf(card('Cart')), 'Enter'));
    assert.deepEqual(api.posted, [{ type: 'openJourney', link: 'support/call' }, { type: 'openJourney', link: 'retuns' }]);
  });

  it('list the maps linking here under the title, each opening its map', () => {
    const { api, store, root } = mount();
    assert.equal(root.querySelector('.jm__journeys'), null, 'nothing before the host sent them');
    act(() => store.receive(JOURNEYS));
    const chip = chipOf(root.querySelector('.jm__journeys')!);
    assert.deepEqual(looks(chip), ['Hub journey · Get help', 'Opens Hub journey (Get help links here)', false]);
    act(() => chip.click());
    assert.deepEqual(api.posted, [{ type: 'openJourney', link: 'hub' }]);
  });
});
