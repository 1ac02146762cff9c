/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * The placeholder of a picture the map editor does not show: it says why, names the setting whole, and lets a
 * narrow stage column wrap that name between its parts (after a dot), never in the middle of a word.
 */
import './setup';
import { strict as assert } from 'node:assert';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { JourneyView } from '../../src/core/types';
import { App } from '../../webview/App';
import { MapStore } from '../../webview/store';
import { container, FakeApi, SMALL_MAP, snapshot, viewOf } from './setup';

const REMOTE = 'https://example.com/frame.png';

/** SMALL_MAP with a remote storyboard frame on its first stage, which the host did not allow. */
function blockedFrameView(): JourneyView {
  const view = viewOf(SMALL_MAP);
  view.map.stages[0].image = REMOTE;
  return { ...view, images: { [REMOTE]: { unavailable: 'remote-blocked' } } };
}

describe('picture placeholder in the map editor', () => {
  it('names the setting whole, with a line break allowed only after its dots', () => {
    const store = new MapStore(new FakeApi());
    const root = container();
    act(() => render(<App store={store} />, root));
    act(() => store.receive(snapshot(1, blockedFrameView())));
    const placeholder = root.querySelector<HTMLElement>(`.picture--placeholder[data-image="${REMOTE}"]`)!;
    assert.equal(placeholder.textContent, 'Remote image blocked: journeyMaps.preview.allowRemoteImages is off');
    assert.equal(placeholder.innerHTML, 'Remote image blocked: journeyMaps.<wbr>preview.<wbr>allowRemoteImages is off');
    assert.equal(placeholder.getAttribute('aria-label'),
      'Storyboard frame of Discover: Remote image blocked: journeyMaps.preview.allowRemoteImages is off');
  });
});
