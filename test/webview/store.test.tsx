/** @jsxRuntime automatic */
/** @jsxImportSource preact */
import './setup';
import { strict as assert } from 'node:assert';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Problem } from '../../src/core/types';
import { App } from '../../webview/App';
import { MapStore } from '../../webview/store';
import { container, FakeApi, snapshot, SMALL_MAP, viewOf } from './setup';

const problem: Problem = { offset: 40, length: 3, severity: 'error', code: 'yaml-syntax',
  message: 'Missing closing "quote"', path: ['stages', 1, 'name'] };

describe('MapStore', () => {
  it('drops snapshots whose version is not newer than the last one', () => {
    const store = new MapStore(new FakeApi());
    const v1 = viewOf(SMALL_MAP);
    const v2 = viewOf(SMALL_MAP.replace('title: Small map', 'title: Newer'));
    store.receive(snapshot(2, v2));
    store.receive(snapshot(1, v1));
    store.receive(snapshot(2, v1));
    assert.equal(store.state.version, 2);
    assert.equal(store.state.view?.map.title, 'Newer');
    store.receive(snapshot(3, v1));
    assert.equal(store.state.view?.map.title, 'Small map');
  });

  it('takes a snapshot of the same version when its data is newer (a data file changed), and only then', () => {
    const store = new MapStore(new FakeApi());
    const old = viewOf(SMALL_MAP);
    const fresh = viewOf(SMALL_MAP.replace('title: Small map', 'title: New data'));
    store.receive(snapshot(4, old));
    store.receive(snapshot(4, fresh, [], 0));
    assert.equal(store.state.view?.map.title, 'Small map', 'same version, same data: dropped');
    store.receive(snapshot(4, fresh, [], 1));
    assert.equal(store.state.view?.map.title, 'New data');
  });

  it('keeps unchanged parts of the map as the same objects across snapshots', () => {
    const store = new MapStore(new FakeApi());
    store.receive(snapshot(1, viewOf(SMALL_MAP)));
    const before = store.state.view!.map;
    store.receive(snapshot(2, viewOf(SMALL_MAP.replace('name: Cart', 'name: Basket'))));
    const after = store.state.view!.map;
    assert.equal(after.stages[0], before.stages[0]);
    assert.equal(after.stages[2], before.stages[2]);
    assert.notEqual(after.stages[1], before.stages[1]);
    assert.equal(after.stages[1].touchpoints![1], before.stages[1].touchpoints![1]);
    assert.equal(after.stages[1].touchpoints![0].name, 'Basket');
  });

  it('sends edits against the last version, and refuses them while the text is broken', () => {
    const api = new FakeApi();
    const store = new MapStore(api);
    store.receive(snapshot(7, viewOf(SMALL_MAP)));
    store.edit({ kind: 'remove', path: ['stages', 2] });
    assert.deepEqual(api.posted, [{ type: 'edit', id: 1, baseVersion: 7, op: { kind: 'remove', path: ['stages', 2] } }]);
    store.receive(snapshot(8, null, [problem]));
    assert.equal(store.edit({ kind: 'remove', path: ['stages', 1] }), null);
    assert.equal(api.posted.length, 1);
  });

  it('restores filters from the webview state and persists changes', () => {
    const api = new FakeApi({ filters: { persona: 'ben', channel: null, hiddenLanes: ['pains'] }, scrollLeft: 40, scrollTop: 0 });
    const store = new MapStore(api);
    assert.equal(store.state.ui.filters.persona, 'ben');
    store.setFilters({ channel: 'web' });
    assert.deepEqual(api.state, { filters: { persona: 'ben', channel: 'web', hiddenLanes: ['pains'] }, scrollLeft: 40, scrollTop: 0 });
  });

  it('turns a refused edit into a status message', () => {
    const store = new MapStore(new FakeApi());
    store.receive({ type: 'editResult', id: 3, ok: false, reason: 'stale' });
    assert.equal(store.state.status, 'The text changed meanwhile, so the map was refreshed. Try again.');
    store.receive({ type: 'editResult', id: 4, ok: false, reason: 'refused', detail: 'stages[0].pains holds the anchor &pains.' });
    assert.equal(store.state.status, 'That edit was not made, so the rest of the map stays as it is. stages[0].pains holds the anchor &pains.');
  });
});

describe('App with a broken text', () => {
  it('keeps the last good map under a banner that names the first error and links to it', () => {
    const api = new FakeApi();
    const store = new MapStore(api);
    const root = container();
    act(() => render(<App store={store} />, root));
    act(() => store.receive(snapshot(1, viewOf(SMALL_MAP))));
    act(() => store.receive(snapshot(2, null, [{ ...problem, severity: 'warning', code: 'unused-channel' }, problem])));
    const banner = root.querySelector('.banner');
    assert.ok(banner?.textContent?.startsWith('yaml-syntax: Missing closing "quote"'), banner?.textContent ?? 'no banner');
    assert.deepEqual(Array.from(root.querySelectorAll('.stage__name')).map((e) => e.textContent), ['Discover', 'Buy', 'Use']);
    assert.equal(root.querySelectorAll('.add-button').length, 0, 'no add buttons while broken');
    act(() => (root.querySelector('.banner__link') as HTMLElement).click());
    assert.deepEqual(api.posted, [{ type: 'reveal', path: ['stages', 1, 'name'] }]);
    act(() => store.receive(snapshot(3, viewOf(SMALL_MAP))));
    assert.equal(root.querySelector('.banner'), null);
    assert.ok(root.querySelectorAll('.add-button').length > 0);
  });
});
