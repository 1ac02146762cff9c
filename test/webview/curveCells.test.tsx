/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * The emotion curve cut into stage cells (webview/components/curveCells.ts), and what a snapshot after an edit
 * does to the map: the changed parts show the change, the cells whose line it moves follow, the rest stays.
 */
import './setup';
import { strict as assert } from 'node:assert';
import { act } from 'preact/test-utils';
import { buildSeries } from '../../src/core/view/emotionSeries';
import { curveByStage, drawStage } from '../../webview/components/curveCells';
import { mountSmallMap } from './mountApp';
import { snapshot, SMALL_MAP, viewOf } from './setup';

/** Two personas; stage s1 has no emotion at all, so both lines cross it without a point. */
const GAP_MAP = `cjm: 1
id: gap
title: Gap
personas:
  - { id: anna, name: Anna }
  - { id: ben, name: Ben }
stages:
  - id: s0
    name: S0
    touchpoints:
      - { id: a, name: A, emotion: 1 }
  - id: s1
    name: S1
    touchpoints:
      - { id: b, name: B }
  - id: s2
    name: S2
    touchpoints:
      - { id: c, name: C, emotion: { anna: -2 } }
      - { id: d, name: D, emotion: 2 }
`;

const round = (v: number) => Math.round(v * 1000) / 1000;

describe('emotion curve cells', () => {
  const map = viewOf(GAP_MAP).map;
  const cells = curveByStage(buildSeries(map, null, () => true), map.stages.length);
  const drawn = (i: number) => {
    const d = drawStage(cells[i]);
    return {
      points: d.points.map((p) => `${p.series}:${p.point.label}:${p.point.value}:${p.dx}`),
      segments: d.segments.map((s) => [s.series, round(s.x1), round(s.y1), round(s.x2), round(s.y2)]),
      averages: d.averages.map((a) => `${a.series}:${a.value}`),
    };
  };

  it('draws a stage’s points, moving a second point with the same place and value aside', () => {
    assert.deepEqual(drawn(0).points, ['0:A:1:0', '1:A:1:7']);
    assert.deepEqual(drawn(2).points, ['0:C:-2:0', '0:D:2:0', '1:D:2:7']);
    assert.deepEqual(drawn(0).averages, ['0:1', '1:1']);
    assert.deepEqual(drawn(2).averages, ['0:0', '1:2']);
  });

  it('draws the pieces of each line that cross a cell, also through a stage where a persona has no point', () => {
    // x in cell units (0..1 is the cell), y from +2 at 0.1 to −2 at 0.9.
    assert.deepEqual(drawn(0).segments, [[0, 0.5, 0.3, 2.25, 0.9], [1, 0.5, 0.3, 2.75, 0.1]]);
    assert.deepEqual(drawn(1).segments, [[0, -0.5, 0.3, 1.25, 0.9], [1, -0.5, 0.3, 1.75, 0.1]]);
    assert.deepEqual(drawn(1).points, []);
    assert.deepEqual(drawn(1).averages, []);
    assert.deepEqual(drawn(2).segments, [[0, -1.5, 0.3, 0.25, 0.9], [0, 0.25, 0.9, 0.75, 0.1], [1, -1.5, 0.3, 0.75, 0.1]]);
  });
});

describe('a snapshot after an edit', () => {
  /** Where each line piece of a cell ends: x and y in cell units. */
  const lineEnds = (cell: Element) => Array.from(cell.querySelectorAll('.curve__line'))
    .map((l) => [round(Number(l.getAttribute('x2'))), round(Number(l.getAttribute('y2')))]);

  it('moves the line in the stage before an emotion that changed, not only in the stage of the change', () => {
    const { root, store } = mountSmallMap(1);
    const discover = root.querySelectorAll('.cell--emotions')[0];
    const before = lineEnds(discover);
    act(() => store.receive(snapshot(2, viewOf(SMALL_MAP.replace('name: Cart, channel: web, emotion: -1', 'name: Cart, channel: web, emotion: 2')))));
    // Both personas' lines run from Discover's last point to Cart, the first card of Buy (−1 → +2: y 0.7 → 0.1).
    assert.deepEqual(before, [[1.25, 0.7], [0.75, 0.3], [1.25, 0.7]]);
    assert.deepEqual(lineEnds(root.querySelectorAll('.cell--emotions')[0]), [[1.25, 0.1], [0.75, 0.3], [1.25, 0.1]]);
  });

  it('shows a renamed touchpoint’s new name, keeping the other cards’ elements (and the focus on one)', () => {
    const { store, card } = mountSmallMap(1);
    const payment = card('Payment');
    const searchAd = card('Search ad');
    searchAd.focus();
    act(() => store.receive(snapshot(2, viewOf(SMALL_MAP.replace('name: Cart', 'name: Basket')))));
    assert.ok(card('Basket'), 'the new name is shown');
    assert.equal(card('Cart'), undefined);
    assert.equal(card('Payment'), payment);
    assert.equal(card('Search ad'), searchAd);
    assert.equal(document.activeElement, searchAd);
  });
});
