/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * The map editor's insights: the count in the toolbar, the panel grouped by stage, markers on cards and stages,
 * and a click that highlights the element in the map and asks the host to reveal its source. Findings come from
 * the real rules run over an example map.
 */
import './setup';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { analyze } from '../../src/core/analyze';
import { runInsights } from '../../src/core/insights/runInsights';
import { resolveSettings } from '../../src/core/insights/settings';
import type { Problem } from '../../src/core/types';
import { pathKey } from '../../src/shared/viewModel';
import { App } from '../../webview/App';
import { MapStore } from '../../webview/store';
import { container, FakeApi, snapshot, viewOf } from './setup';

const TEXT = readFileSync('examples/ecommerce-checkout.cjm.yaml', 'utf8');
const FINDINGS: Problem[] = runInsights(analyze(TEXT), resolveSettings(null, new Date('2026-05-01T00:00:00Z')));

function mount(): { root: HTMLElement; store: MapStore; api: FakeApi } {
  const root = container();
  const api = new FakeApi();
  const store = new MapStore(api);
  act(() => render(<App store={store} />, root));
  act(() => store.receive(snapshot(1, viewOf(TEXT, 'ecommerce-checkout.cjm.yaml'))));
  act(() => store.receive({ type: 'insights', version: 1, findings: FINDINGS }));
  return { root, store, api };
}

function insightsButton(root: HTMLElement): HTMLElement {
  const button = Array.from(root.querySelectorAll('vscode-button')).find((b) => b.textContent?.includes('Insights'));
  assert.ok(button, 'the Insights button');
  return button as HTMLElement;
}

describe('map editor: insights', function () {
  this.timeout(20_000); // a whole example map rendered in happy-dom, on a shared machine
  it('shows the count in the toolbar and lists the findings by stage, in map order', () => {
    assert.ok(FINDINGS.length > 5, 'the example has findings');
    const { root } = mount();
    assert.equal(insightsButton(root).textContent?.trim(), `Insights (${FINDINGS.length})`);
    assert.equal(root.querySelector('.insights'), null, 'the panel starts closed');
    act(() => insightsButton(root).click());
    const groups = Array.from(root.querySelectorAll('.insights__group')).map((g) => ({
      stage: g.querySelector('.insights__stage')!.firstChild!.textContent!.trim(),
      codes: Array.from(g.querySelectorAll('.insight')).map((b) => (b as HTMLElement).dataset.code),
    }));
    const stages = analyze(TEXT).model!.stages;
    const expected = stages.map((stage, i) => ({ stage: stage.name,
      codes: FINDINGS.filter((f) => f.path?.[1] === i).map((f) => f.code) })).filter((g) => g.codes.length > 0);
    assert.deepEqual(groups, expected);
  });

  it('marks the cards and stages the findings are about', () => {
    const { root } = mount();
    const drop = FINDINGS.find((f) => f.code === 'emotion-drop')!;
    const card = root.querySelector(`[data-path="${pathKey(drop.path!.slice(0, 4))}"]`)!;
    const marker = card.querySelector('.insight-marker')!;
    assert.ok(marker.getAttribute('title')?.includes(drop.message));
    const unowned = FINDINGS.find((f) => f.code === 'unowned-stage')!;
    const stage = root.querySelector(`.stage[data-path="${pathKey(unowned.path!.slice(0, 2))}"]`)!;
    assert.ok(stage.querySelector('.insight-marker')?.getAttribute('title')?.includes(unowned.message));
  });

  it('a click highlights the element in the map and asks the host to reveal the finding in the text', () => {
    const { root, api } = mount();
    act(() => insightsButton(root).click());
    const drop = FINDINGS.find((f) => f.code === 'emotion-drop')!;
    const item = Array.from(root.querySelectorAll<HTMLElement>('.insight')).find((b) => b.textContent?.includes(drop.message))!;
    act(() => item.click());
    assert.deepEqual(api.posted.at(-1), { type: 'reveal', path: drop.path });
    const card = root.querySelector(`[data-path="${pathKey(drop.path!.slice(0, 4))}"]`)!;
    assert.ok(card.classList.contains('is-highlighted'));
  });

  it('replaces findings for the same or a newer version and drops older ones', () => {
    const { store } = mount();
    act(() => store.receive({ type: 'insights', version: 1, findings: FINDINGS.slice(0, 2) }));
    assert.equal(store.state.insights.length, 2);
    act(() => store.receive({ type: 'insights', version: 0, findings: FINDINGS }));
    assert.equal(store.state.insights.length, 2);
  });
});
