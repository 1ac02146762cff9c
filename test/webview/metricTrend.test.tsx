/** @jsxRuntime automatic */
/** @jsxImportSource preact */
import './setup';
import { strict as assert } from 'node:assert';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { analyze } from '../../src/core/analyze';
import { buildView } from '../../src/core/buildView';
import type { MetricData } from '../../src/core/data/types';
import { JourneyMap } from '../../webview/components/JourneyMap';
import { sparkPoints } from '../../webview/components/MetricTrend';
import { container } from './setup';

const MAP = `cjm: 1
title: Shop
stages:
  - id: look
    name: Look
    metrics:
      - { id: visitors, name: Visitors, target: 15000, source: { file: f.csv, column: v, date-column: week } }
    touchpoints: [{ id: ad, name: Ad }]
  - id: buy
    name: Buy
    metrics:
      - { id: visitors, name: Buyers, better: lower, target: 2000, source: { file: f.csv, column: b, date-column: week } }
    touchpoints: [{ id: pay, name: Pay }]
`;

const LOOK: MetricData = { value: 12000, previous: 11000, delta: 1000, direction: 'progress', date: '2026-W03', file: 'f.csv',
  history: [{ date: '2026-W01', value: 10000 }, { date: '2026-W02', value: 11000 }] };
const BUY: MetricData = { value: 3000, previous: 2500, delta: 500, direction: 'regress', date: '2026-W03', file: 'f.csv',
  history: [{ date: '2026-W02', value: 2500 }] };

describe('metrics read from data files in the map', () => {
  const view = buildView(analyze(MAP), 'shop.cjm.yaml', { 'stages.0.metrics.0': LOOK, 'stages.1.metrics.0': BUY })!;

  it('shows the resolved value, date, change with arrow and word, and conversion from resolved values', () => {
    const root = container();
    act(() => render(<JourneyMap view={view} />, root));
    const [look, buy] = Array.from(root.querySelectorAll('.metric'));
    assert.equal(look.querySelector('.metric__value')?.textContent, '12\u202f000');
    assert.equal(look.querySelector('.trend')?.textContent, '▲ +1\u202f000 progress');
    assert.ok(look.querySelector('.trend')?.classList.contains('trend--progress'));
    assert.equal(look.querySelector('.metric__date')?.textContent, 'as of 2026-W03');
    assert.equal(look.querySelector('.spark')?.getAttribute('aria-label'), 'History: 10\u202f000, 11\u202f000, 12\u202f000');
    assert.equal(buy.querySelector('.trend')?.textContent, '▲ +500 regress', 'better: lower: a rise is a regress');
    assert.ok(buy.querySelector('.trend')?.classList.contains('trend--regress'));
    assert.match(buy.textContent ?? '', /25% of previous stage/);
    assert.match(buy.textContent ?? '', /target 2\u202f000 · 67%/, 'better: lower: progress to target is target / value');
  });

  it('sparkline points span the box, the highest value at the top', () => {
    assert.deepEqual(sparkPoints([1, 3, 2]), [[2, 20], [42, 2], [82, 11]]);
    assert.deepEqual(sparkPoints([5, 5]), [[2, 11], [82, 11]]);
  });
});
