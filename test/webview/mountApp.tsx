/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/** The whole map editor mounted on the small test map, for tests that click, type and read it. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../webview/App';
import { MapStore } from '../../webview/store';
import { container, FakeApi, snapshot, SMALL_MAP, viewOf } from './setup';

/** The app with SMALL_MAP at `version`: its fake API, store and root, a card by name and the texts of a selector. */
export function mountSmallMap(version = 5) {
  const api = new FakeApi();
  const store = new MapStore(api);
  const root = container();
  act(() => render(<App store={store} />, root));
  act(() => store.receive(snapshot(version, viewOf(SMALL_MAP))));
  const card = (name: string) => Array.from(root.querySelectorAll<HTMLElement>('.card'))
    .find((c) => c.querySelector('.card__name')?.textContent === name)!;
  const texts = (selector: string) => Array.from(root.querySelectorAll(selector)).map((e) => e.textContent?.trim());
  return { api, store, root, card, texts };
}
