/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * The "shared" link on the card of a persona the map uses from a `*.personas.yaml` file: its tooltip names the file
 * (in the map editor's language), a click or Enter asks the host to open the file at the persona (a message the
 * host's guard accepts), and the export, which cannot open files, shows none.
 */
import './setup';
import { strict as assert } from 'node:assert';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { setActiveLocale } from '../../src/core/l10n/translate';
import type { JourneyView } from '../../src/core/types';
import { App } from '../../webview/App';
import { JourneyMap } from '../../webview/components/JourneyMap';
import { speakDocumentLanguage } from '../../webview/documentLanguage';
import { MapStore } from '../../webview/store';
import { container, FakeApi, press, SMALL_MAP, snapshot, viewOf } from './setup';

/** SMALL_MAP using Ben from a personas file, and Carla, whom no personas file defines. */
function sharedView(): JourneyView {
  const view = viewOf(SMALL_MAP.replace('  - { id: ben, name: Ben }\n', '  - use: ben\n  - use: carla\n'));
  view.map.personas = view.map.personas?.map((p) => (p.use === 'ben' ? { ...p, name: 'Ben, shared' } : p));
  return { ...view, sharedPersonaFiles: { ben: 'people/team.personas.yaml' } };
}

function mount() {
  const api = new FakeApi();
  const store = new MapStore(api);
  const root = container();
  act(() => render(<App store={store} />, root));
  act(() => store.receive(snapshot(1, sharedView())));
  const card = (name: string) => Array.from(root.querySelectorAll<HTMLElement>('.persona'))
    .find((c) => c.querySelector('.persona__name')?.textContent === name)!;
  return { api, root, card };
}

const linkOf = (card: Element) => card.querySelector<HTMLButtonElement>('.shared-persona');

describe('shared persona link on a persona card', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    setActiveLocale('en');
  });

  it('marks only the shared personas, with a tooltip naming the personas file (or saying none defines it)', () => {
    const { root, card } = mount();
    assert.equal(linkOf(card('Anna, busy parent')), null);
    const ben = linkOf(card('Ben, shared'))!;
    assert.deepEqual([ben.textContent, ben.title, ben.getAttribute('aria-label'), ben.classList.contains('shared-persona--unknown')],
      ['shared', 'Shared persona from people/team.personas.yaml: click to open it there',
        'Shared persona from people/team.personas.yaml: click to open it there', false]);
    const carla = linkOf(card('carla'))!;
    assert.deepEqual([carla.title, carla.classList.contains('shared-persona--unknown')],
      ['Shared persona “carla”: no *.personas.yaml file of the workspace defines it', true]);
    assert.equal(root.querySelectorAll('.shared-persona').length, 2);
  });

  it('asks the host to open the personas file at the persona on click and on Enter, without revealing the card in the text', () => {
    const { api, card } = mount();
    act(() => linkOf(card('Ben, shared'))!.click());
    act(() => press(linkOf(card('Ben, shared'))!, 'Enter'));
    assert.deepEqual(api.posted.filter((m) => m.type !== 'ready'), [{ type: 'openSharedPersona', id: 'ben' }, { type: 'openSharedPersona', id: 'ben' }]);
  });

  it('speaks the map editor’s language in its tooltip', () => {
    document.documentElement.lang = 'ru';
    speakDocumentLanguage();
    const { card } = mount();
    const ben = linkOf(card('Ben, shared'))!;
    assert.deepEqual([ben.textContent, ben.title], ['общая', 'Общая персона из people/team.personas.yaml: нажмите, чтобы открыть её там']);
  });

  it('is not shown where nothing can open the file (the export’s rendering)', () => {
    const root = container();
    act(() => render(<JourneyMap view={sharedView()} />, root));
    assert.equal(root.querySelectorAll('.persona').length, 3);
    assert.equal(root.querySelector('.shared-persona'), null);
  });
});
