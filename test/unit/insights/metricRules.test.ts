/** metric-off-target, conversion-drop and review-due: exact ranges, messages, edges and options. */
import { edit } from '../core/analyzeTestKit';
import { expectFindings, expectNone } from './insightsTestKit';

const METRICS = `cjm: 1
title: Shop
stages:
  - id: find
    name: Find
    backstage: { owners: [Web] }
    metrics:
      - { id: visits, name: Visitors, value: 1000, unit: sessions }
    touchpoints:
      - id: ad
        name: Search ad
        metrics:
          - { id: ctr, name: Click rate, value: 2.5, target: 3, unit: "%" }
  - id: buy
    name: Buy
    backstage: { owners: [Web] }
    metrics:
      - { id: visits, name: Visitors, value: 499, target: 400, unit: sessions }
      - { id: wait, name: Time to pay, value: 61, target: 60, better: lower }
`;

describe('insight metric-off-target', () => {
  it('flags the value below a target (touchpoint metrics too) and above it for better: lower', () => {
    expectFindings(METRICS, 'metric-off-target', [
      { pattern: 'value: «2.5», target: 3', severity: 'warning', message: 'Metric "Click rate" is 2.5%, below its target of 3% (higher is better).' },
      { pattern: 'value: «61», target: 60', severity: 'warning', message: 'Metric "Time to pay" is 61, above its target of 60 (lower is better).' },
    ]);
  });

  it('is quiet on target exactly, better than target, or without a value or target', () => {
    const onTarget = edit(edit(METRICS, 'value: 2.5, target: 3', 'value: 3, target: 3'), 'value: 61, target: 60', 'value: 60, target: 60');
    expectNone(onTarget, 'metric-off-target');
    expectNone(edit(edit(METRICS, 'value: 2.5, target: 3', 'target: 3'), 'value: 61, target: 60', 'value: 61'), 'metric-off-target');
    expectNone(edit(edit(METRICS, 'value: 2.5, target: 3', 'value: 4, target: 3'), 'value: 61, target: 60', 'value: 59, target: 60'), 'metric-off-target');
  });
});

describe('insight conversion-drop', () => {
  it('flags the later stage\'s value when it keeps less than half (499 of 1000 = 49.9%)', () => {
    expectFindings(METRICS, 'conversion-drop', [{ pattern: 'value: «499»',
      message: 'Metric "Visitors" keeps 49.9% from stage "Find" (1000 sessions) to stage "Buy" (499 sessions), less than the minimum conversion of 50%.' }]);
  });

  it('is quiet at exactly the minimum (500 of 1000)', () => {
    expectNone(edit(METRICS, 'value: 499', 'value: 500'), 'conversion-drop');
  });

  it('takes min-conversion from the config, firing and not firing at its edge', () => {
    const config = { rules: { 'conversion-drop': { 'min-conversion': 0.4 } } };
    expectNone(edit(METRICS, 'value: 499', 'value: 400'), 'conversion-drop', config);
    expectFindings(edit(METRICS, 'value: 499', 'value: 399'), 'conversion-drop', [{ pattern: 'value: «399»',
      message: 'Metric "Visitors" keeps 39.9% from stage "Find" (1000 sessions) to stage "Buy" (399 sessions), less than the minimum conversion of 40%.' }], config);
  });

  it('compares with the nearest earlier stage that measures the metric, skipping stages between', () => {
    const middle = edit(METRICS, '  - id: buy\n', '  - id: think\n    name: Think\n    backstage: { owners: [Web] }\n  - id: buy\n');
    expectFindings(middle, 'conversion-drop', [{ pattern: 'value: «499»',
      message: 'Metric "Visitors" keeps 49.9% from stage "Find" (1000 sessions) to stage "Buy" (499 sessions), less than the minimum conversion of 50%.' }]);
  });

  it('needs both values and a non-zero earlier value', () => {
    expectNone(edit(METRICS, 'value: 1000, ', ''), 'conversion-drop');
    expectNone(edit(METRICS, 'value: 1000', 'value: 0'), 'conversion-drop');
  });
});

const REVIEWED = `cjm: 1
title: Shop
reviewed: 2026-01-31
stages:
  - id: find
    name: Find
    backstage: { owners: [Web] }
`;

describe('insight review-due', () => {
  // TODAY is 2026-05-01: 2026-01-31 is 90 days before, 2026-01-30 is 91.
  it('is quiet at exactly review-every days (90 by default)', () => {
    expectNone(REVIEWED, 'review-due');
  });

  it('flags the reviewed value one day later, and names today for the fix', () => {
    expectFindings(edit(REVIEWED, '2026-01-31', '2026-01-30'), 'review-due', [{ pattern: 'reviewed: «2026-01-30»',
      message: 'The map was last reviewed on 2026-01-30, 91 days ago; it is due every 90 days. Review it and set "reviewed: 2026-05-01".' }]);
  });

  it('takes review-every from the config', () => {
    const config = { rules: { 'review-due': { 'review-every': 30 } } };
    expectNone(edit(REVIEWED, '2026-01-31', '2026-04-01'), 'review-due', config);
    expectFindings(edit(REVIEWED, '2026-01-31', '"2026-03-31"'), 'review-due', [{ pattern: 'reviewed: "«2026-03-31»"',
      message: 'The map was last reviewed on 2026-03-31, 31 days ago; it is due every 30 days. Review it and set "reviewed: 2026-05-01".' }], config);
  });

  it('is quiet for a map without reviewed:', () => {
    expectNone(REVIEWED.replace('reviewed: 2026-01-31\n', ''), 'review-due');
  });
});
