/**
 * The map editor renders only the stage columns and lanes near the viewport (webview/mapWindow.ts). In headless
 * Chromium, with real layout, on a map of 1000 touchpoints (100 stages): what is rendered, that rows keep their
 * heights, and that the arrow keys and the host's highlight reach items that were not rendered yet.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { generateMapText } from '../../bench/generateMap';
import { analyze } from '../../src/core/analyze';
import { buildView } from '../../src/core/buildView';
import { pagePerTest } from './harness';

const view = buildView(analyze(generateMapText(1000)), 'generated.cjm.yaml');

/** Posts the generated map to the page and waits for its first card. */
async function showMap(page: Page): Promise<void> {
  await page.evaluate((v) => window.postMessage({ type: 'snapshot', version: 1, view: v, problems: [] }, '*'), view);
  await page.waitForSelector('.card');
}

/** Holds back the browser's idle periods until a test lets them run (`runIdle`), so it sees the placeholders. */
function holdIdlePeriods(page: Page): Promise<void> {
  return page.addInitScript(() => {
    const held: (IdleRequestCallback | null)[] = [];
    Object.assign(window, { heldIdle: held });
    window.requestIdleCallback = (callback) => held.push(callback);
    window.cancelIdleCallback = (id) => { held[id - 1] = null; };
  });
}

describe('map editor windowing (Chromium)', function () {
  this.timeout(120000);
  let page: Page;
  const currentPage = pagePerTest({ afterLoad: showMap });
  beforeEach(() => { page = currentPage(); });

  const count = (selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
  const focusedStage = () => page.evaluate(() => Number((document.activeElement as HTMLElement | null)?.dataset.navStage));

  it('renders the cells of a few columns and lanes, and a header for every lane', async () => {
    const lanes = await count('.grid .lane');
    assert.equal(lanes, 7, 'personas, goals, touchpoints, emotions, pains, channels, notes');
    const cells = await count('.grid .cell:not(.cell--stage):not(.cell--add)');
    assert.ok(cells > 0 && cells <= 12 * 6, `${cells} cells rendered`);
    assert.ok(await count('.cell--stage') <= 12, 'stage headers of the window only');
  });

  it('keeps every lane row where it was after its cells were rendered and left the window', async () => {
    const tops = () => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.grid .lane')).map((l) => l.offsetTop));
    const scrollTo = async (top: number) => {
      await page.evaluate((t) => { document.querySelector('.scroller')!.scrollTop = t; }, top);
      await page.waitForFunction((t) => document.querySelector('.scroller')!.scrollTop >= Math.min(t,
        document.querySelector('.scroller')!.scrollHeight - document.querySelector('.scroller')!.clientHeight) - 1, top);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    };
    for (let top = 0; top <= 6000; top += 400) await scrollTo(top); // every lane rendered once
    const seen = await tops();
    await scrollTo(0);
    assert.deepEqual(await tops(), seen);
    await scrollTo(6000);
    assert.deepEqual(await tops(), seen);
  });

  it('moves focus with ArrowRight into stages far beyond the first rendered columns', async () => {
    await page.locator('.card').first().focus();
    for (let k = 1; k <= 30; k++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((stage) => (document.activeElement as HTMLElement | null)?.dataset.navStage === String(stage), k);
    }
    assert.equal(await focusedStage(), 30);
    assert.ok(await count('.cell--stage') <= 16, 'the window moved with the focus, it did not grow');
  });

  it('moves focus with End and Home to the lane’s last and first item, in stages not rendered yet', async () => {
    await page.locator('.card').first().focus();
    assert.equal(await count('[data-nav-stage="99"]'), 0, 'the last stage is not rendered at first');
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return `${el.dataset.navStage}/${el.dataset.navItem}: ${el.textContent?.match(/no\. \d+/)?.[0] ?? el.textContent?.trim()}`;
    });
    await page.keyboard.press('End');
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.navStage === '99', undefined, { timeout: 5000 });
    // The lane's last item: the last stage's add button, and its last card above it.
    assert.equal(await focused(), '99/10: Touchpoint');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), '99/9: no. 999');
    assert.ok(await count('.cell--stage') <= 16, 'the window jumped to the end, it did not grow');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.navStage === '0', undefined, { timeout: 5000 });
    assert.equal(await focused(), '0/0: no. 0');
  });

  it('keeps exactly one item in the Tab order while columns enter and leave: the first stage rendered', async () => {
    const stops = () => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-nav-lane]'))
      .filter((e) => e.tabIndex === 0).map((e) => `${e.dataset.navLane}/${e.dataset.navStage}/${e.dataset.navItem}`));
    assert.deepEqual(await stops(), ['-1/0/0']);
    for (const left of [3000, 9000, 4000]) {
      await page.evaluate((x) => { document.querySelector('.scroller')!.scrollLeft = x; }, left);
      await page.waitForFunction((x) => {
        const first = document.querySelector<HTMLElement>('.cell--stage .stage');
        return Number(first?.dataset.navStage) > 0 && Math.abs(document.querySelector('.scroller')!.scrollLeft - x) < 2;
      }, left);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const first = await page.evaluate(() => document.querySelector<HTMLElement>('.cell--stage .stage')!.dataset.navStage);
      assert.deepEqual(await stops(), [`-1/${first}/0`], `scrolled to ${left}`);
    }
  });

  it('outlines a touchpoint the host highlights in a stage that was not rendered', async () => {
    assert.equal(await count('[data-nav-stage="80"]'), 0);
    await page.evaluate(() => window.postMessage({ type: 'highlight', path: ['stages', 80, 'touchpoints', 3, 'name'] }, '*'));
    const outlined = page.locator('.is-highlighted');
    await outlined.waitFor();
    assert.match((await outlined.textContent()) ?? '', /no\. 803\b/);
  });
});

describe('map editor placeholder columns (Chromium)', function () {
  this.timeout(120000);
  let page: Page;
  const currentPage = pagePerTest({ beforeLoad: holdIdlePeriods, afterLoad: showMap });
  beforeEach(() => { page = currentPage(); });

  const columnOf = (stage: number) => `.cell:not(.cell--stage)[aria-colindex="${stage + 2}"]`;
  /** Scrolls to `left` and waits until the columns it brings in are rendered (as placeholders while idle is held). */
  const scrollTo = async (left: number, stage: number) => {
    await page.evaluate((x) => { document.querySelector('.scroller')!.scrollLeft = x; }, left);
    await page.waitForSelector(`.cell--stage[aria-colindex="${stage + 2}"]`);
  };
  /** Lets the held idle periods run until no more are asked for. */
  const runIdle = () => page.evaluate(`(async () => {
    const held = window.heldIdle;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (let ran = true; ran;) {
      await frame();
      await frame();
      ran = false;
      for (let k = 0; k < held.length; k++) {
        if (held[k]) { held[k]({ didTimeout: false, timeRemaining: () => 10 }); ran = true; }
        held[k] = null;
      }
    }
  })()`);

  it('shows the columns a scroll brings in as placeholders of the same height, then fills them when idle', async () => {
    const height = () => page.evaluate(() => document.querySelector('.scroller')!.scrollHeight);
    const before = await height();
    // Far enough that no column rendered before is still in the window: every row is made of new cells.
    await scrollTo(288 * 40, 40);
    assert.equal(await page.locator('.card').count(), 0, 'no card rendered yet');
    // Cells of many items are placeholders (cards, curve points, pains); those of a few (goal, personas) are filled.
    const cells = await page.evaluate((s) => Array.from(document.querySelectorAll(s)).map((c) => `${c.className.replace(/cell--|cell /g, '')}:`
      + c.querySelectorAll('[data-nav-lane], .chip').length), columnOf(40));
    assert.deepEqual(cells, ['personas:3', 'goals:1', 'touchpoints pending:0', 'emotions pending:0', 'pains pending:0']);
    assert.equal(await height(), before, 'the rows kept their heights');
    await runIdle();
    assert.equal(await page.locator('.cell--pending').count(), 0);
    assert.match((await page.locator(`${columnOf(40)} .card`).first().textContent()) ?? '', /no\. 400\b/);
  });

  it('moves focus with ArrowRight into a column that was a placeholder, onto the card at the same place', async () => {
    await scrollTo(288 * 4, 8);
    assert.equal(await page.locator(`${columnOf(8)}.cell--pending`).count() > 0, true);
    await page.locator(`${columnOf(7)} .card`).nth(2).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.navStage === '8');
    assert.match((await page.evaluate(() => document.activeElement?.textContent)) ?? '', /no\. 82\b/);
  });
});
