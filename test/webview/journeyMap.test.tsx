/** @jsxRuntime automatic */
/** @jsxImportSource preact */
import './setup';
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { render } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { act } from 'preact/test-utils';
import { JourneyMap } from '../../webview/components/JourneyMap';
import { averageBars } from '../../webview/components/EmotionCurve';
import { generateMapText } from '../../bench/generateMap';
import { container, exampleView, SMALL_MAP, viewOf } from './setup';

const texts = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector)).map((e) => e.textContent);

describe('JourneyMap renders real snapshots', () => {
  for (const file of readdirSync('examples').filter((f) => f.endsWith('.cjm.yaml'))) {
    it(`shows every stage and touchpoint name of examples/${file}, in order`, () => {
      const view = exampleView(file);
      const root = container();
      act(() => render(<JourneyMap view={view} />, root));
      assert.deepEqual(texts(root, '.stage__name'), view.map.stages.map((s) => s.name));
      assert.deepEqual(texts(root, '.card__name'),
        view.map.stages.flatMap((s) => (s.touchpoints ?? []).map((t) => t.name)));
    });
  }

  it('renders to a string without a DOM render (the export path), with every name', () => {
    const view = exampleView('bank-omnichannel.cjm.yaml');
    const html = renderToString(<JourneyMap view={view} />);
    for (const s of view.map.stages) {
      assert.ok(html.includes(`>${s.name}<`), s.name);
      for (const t of s.touchpoints ?? []) assert.ok(html.includes(`>${t.name}<`), t.name);
    }
    assert.ok(!html.includes('Touchpoint</button>'), 'read-only by default: no add buttons');
  });

  it('shows conversion from the earlier stage with the same metric id and progress to target', () => {
    const root = container();
    act(() => render(<JourneyMap view={exampleView('bank-omnichannel.cjm.yaml')} />, root));
    const metrics = texts(root, '.metric');
    assert.ok(metrics.some((m) => m?.includes('5\u202f200 шт.') && m.includes('target 6\u202f000 шт. · 87%')), metrics.join('|'));
    assert.ok(metrics.some((m) => m?.includes('3\u202f100 шт.') && m.includes('59.6% of previous stage')), metrics.join('|'));
  });
});

describe('JourneyMap lanes, curve and filters', () => {
  const view = viewOf(SMALL_MAP);

  it('draws one curve point per persona and touchpoint emotion, and the stage emotion where a stage has none', () => {
    const root = container();
    act(() => render(<JourneyMap view={view} />, root));
    const labels = Array.from(root.querySelectorAll('.pt')).map((p) => p.getAttribute('aria-label'));
    assert.deepEqual(labels, [
      'Anna, busy parent at Search ad: 0, neutral', 'Ben at Search ad: 0, neutral', 'Ben at Friend tells: +1, pleased',
      'Anna, busy parent at Cart: −1, unhappy', 'Anna, busy parent at Payment: +1, pleased',
      'Ben at Cart: −1, unhappy', 'Ben at Payment: +1, pleased',
      'Anna, busy parent at Use: +2, delighted', 'Ben at Use: +2, delighted',
    ]);
    assert.deepEqual(texts(root, '.legend li'), ['Anna', 'Ben']);
    assert.deepEqual(texts(root, '.axis__label').map((t) => t?.trim()), ['+2', '+1', '0', '−1', '−2']);
    assert.deepEqual(texts(root, '.cell--emotions:nth-of-type(n) .curve__avgval').slice(0, 2), ['0', '+0.5']);
  });

  it('filters touchpoints by persona and by channel', () => {
    const root = container();
    act(() => render(<JourneyMap view={view} filters={{ persona: 'anna', channel: null, hiddenLanes: [] }} />, root));
    assert.deepEqual(texts(root, '.card__name'), ['Search ad', 'Cart', 'Payment']);
    assert.equal(root.querySelectorAll('.legend li').length, 1);
    act(() => render(<JourneyMap view={view} filters={{ persona: null, channel: 'shop', hiddenLanes: [] }} />, root));
    assert.deepEqual(texts(root, '.card__name'), ['Friend tells']);
  });

  it('orders lanes by map type and hides the lanes the user hid', () => {
    const root = container();
    const emotions = { ...view, map: { ...view.map, type: 'emotions' as const } };
    act(() => render(<JourneyMap view={emotions} filters={{ persona: null, channel: null, hiddenLanes: ['channels'] }} />, root));
    const lanes = texts(root, '.lane__title > span:last-child');
    assert.equal(lanes[0], 'Emotions');
    assert.ok(!lanes.includes('Channels'));
    assert.ok(lanes.includes('Pains'));
  });

  it('marks moments of truth with a label, not only a colour', () => {
    const root = container();
    act(() => render(<JourneyMap view={view} />, root));
    const mot = root.querySelector('.card--mot');
    assert.equal(mot?.querySelector('.card__name')?.textContent, 'Payment');
    assert.equal(mot?.querySelector('.card__mot')?.getAttribute('title'), 'Moment of truth');
  });
});

describe('stage average bars', () => {
  it('share the width side by side when personas have the same average, and span the stage otherwise', () => {
    const bars = averageBars([{ series: 0, value: 1 }, { series: 1, value: 1 }, { series: 2, value: -1 }]);
    const span = (b: { x1: number; x2: number }) => [Number(b.x1.toFixed(2)), Number(b.x2.toFixed(2))];
    assert.deepEqual(bars.map(span), [[0.08, 0.49], [0.51, 0.92], [0.08, 0.92]]);
  });
});

describe('JourneyMap highlight with column windowing', () => {
  it('highlights an item of a column outside the window once the window reaches it, and scrolls to it once', function () {
    this.timeout(20_000);
    const text = generateMapText(260); // 26 stages of ten touchpoints
    const view = viewOf(text, 'large.cjm.yaml');
    const root = container();
    const highlight = ['stages', 20, 'touchpoints', 5];
    let scrolls = 0;
    const original = HTMLElement.prototype.scrollIntoView;
    HTMLElement.prototype.scrollIntoView = function () { scrolls++; };
    try {
      act(() => render(<JourneyMap view={view} highlight={highlight} stageWindow={{ first: 0, last: 11 }} />, root));
      assert.equal(root.querySelectorAll('.is-highlighted').length, 0, 'stage 20 is not rendered yet');
      // The app moves the window to the highlighted stage (useStageWindow); the same highlight, new columns.
      act(() => render(<JourneyMap view={view} highlight={highlight} stageWindow={{ first: 15, last: 23 }} />, root));
      const marked = Array.from(root.querySelectorAll('.is-highlighted'));
      assert.deepEqual(marked.map((e) => (e as HTMLElement).dataset.path), ['stages.20.touchpoints.5']);
      assert.equal(scrolls, 1);
      // The user scrolls on: the window moves again, the highlight stays marked but does not pull the view back.
      act(() => render(<JourneyMap view={view} highlight={highlight} stageWindow={{ first: 17, last: 25 }} />, root));
      assert.equal(root.querySelectorAll('.is-highlighted').length, 1);
      assert.equal(scrolls, 1);
    } finally {
      HTMLElement.prototype.scrollIntoView = original;
    }
  });
});
