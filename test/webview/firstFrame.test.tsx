/**
 * The map editor's first frame of a big map, in headless Chromium with real layout: every cell in view is drawn in
 * that frame, and what is not in view (the columns and lanes around it, the emotion curve's hidden table for screen
 * readers) follows once the browser is idle.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { generateMapText } from '../../bench/generateMap';
import { analyze } from '../../src/core/analyze';
import { buildView } from '../../src/core/buildView';
import { emotionWord, signedScore } from '../../src/core/emotionText';
import { pagePerTest } from './harness';

const view = buildView(analyze(generateMapText(1000)), 'generated.cjm.yaml')!;

/**
 * Posts the snapshot and, at the next animation frame (before anything idle ran), lists the grid cells in view that
 * are missing ("row/column": rows from the lane headers, which are always there, that meet the viewport; stage
 * columns from the grid's column tracks that do).
 */
const FIRST_FRAME_JS = `async (view) => {
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'snapshot', version: 1, view, problems: [] } }));
  await new Promise((r) => requestAnimationFrame(r));
  const box = document.querySelector('.scroller').getBoundingClientRect();
  const meets = (el) => { const r = el.getBoundingClientRect(); return r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right; };
  const rows = Array.from(document.querySelectorAll('.grid .lane')).filter(meets).map((l) => l.parentElement.getAttribute('aria-rowindex'));
  const grid = document.querySelector('.grid');
  const tracks = getComputedStyle(grid).gridTemplateColumns.split(' ').map(parseFloat);
  const columns = [];
  for (let t = 1, x = grid.getBoundingClientRect().left + tracks[0]; t < tracks.length - 1; x += tracks[t], t++) {
    if (x + tracks[t] > box.left + tracks[0] && x < box.right) columns.push(String(t + 1));
  }
  const missing = rows.flatMap((r) => columns.filter((c) => !document.querySelector(
    '[role="row"][aria-rowindex="' + r + '"] > [role="gridcell"][aria-colindex="' + c + '"]')).map((c) => r + '/' + c));
  return { rows: rows.length, columns: columns.length, missing };
}`;

describe('map editor first frame (Chromium)', function () {
  this.timeout(120000);
  let page: Page;
  const currentPage = pagePerTest();
  beforeEach(() => { page = currentPage(); });

  it('draws every cell in view in the first frame, then the lanes around them once idle', async () => {
    const first = await page.evaluate(`(${FIRST_FRAME_JS})(${JSON.stringify(view)})`) as
      { rows: number; columns: number; missing: string[] };
    assert.ok(first.rows >= 2 && first.columns >= 3, `${first.rows} lanes × ${first.columns} stages in view`);
    assert.deepEqual(first.missing, [], 'cells in view not drawn in the first frame');
    // The emotion lane is below the touchpoints (out of view at 800 px): it is rendered as the lanes around.
    await page.waitForSelector('.cell--emotions .pt');
    assert.ok(await page.locator('.cell--emotions').count() >= first.columns);
  });

  it('reads the emotion curve’s table, a row per stage, once the browser is idle', async () => {
    await page.evaluate((v) => window.postMessage({ type: 'snapshot', version: 1, view: v, problems: [] }, '*'), view);
    const table = page.locator('table.emotion-table');
    await table.waitFor({ state: 'attached' });
    const rows = await table.evaluate((t) => Array.from(t.querySelectorAll('tr'))
      .map((r) => Array.from(r.children).map((c) => c.textContent)));
    assert.deepEqual(rows[0], ['Stage', 'Anna, busy parent', 'Ben, student', 'Chloé, returning customer']);
    assert.equal(rows.length, view.map.stages.length + 1);
    // Each generated stage has an emotion of its own, which is every persona's value for that stage.
    for (const k of [0, 57, view.map.stages.length - 1]) {
      const stage = view.map.stages[k];
      const v = stage.emotion as number;
      assert.deepEqual(rows[k + 1], [stage.name, ...Array(3).fill(`${signedScore(v)} ${emotionWord(v)}`)], `stage ${k}`);
    }
  });
});
