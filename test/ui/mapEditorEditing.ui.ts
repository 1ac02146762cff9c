/**
 * Editing in the map editor with the mouse and keyboard in the real workbench: drag a card to another stage,
 * undo it in the text editor, drag an emotion point up a step, rename a card in place with Cyrillic text.
 * The text is checked as saved to disk (a copy of the examples). The map taking the whole editor area shows no
 * card cut off at 1400 and at 600 px wide (screenshots: test-results/map-editor-full.png, map-editor-narrow.png).
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Locator } from 'playwright-core';
import { signedScore } from '../../src/core/emotionText';
import { overflowingCards } from './mapLooks';
import { EXAMPLES_WORKSPACE, Workbench } from './workbench';

const FILE = 'ecommerce-checkout.cjm.yaml';

/** Removes the one occurrence of `block` from `text` and puts it right before `before`. */
function moveBlock(text: string, block: string, before: string): string {
  assert.equal(text.split(block).length, 2, `exactly one ${JSON.stringify(block.slice(0, 30))}`);
  const without = text.replace(block, '');
  assert.equal(without.split(before).length, 2, `exactly one ${JSON.stringify(before)}`);
  return without.replace(before, block + before);
}

/** Replaces the one occurrence of `from`. */
function replaceOnce(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `exactly one ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** The locator's box once it is the same across two animation frames in a row (the page has stopped moving it). */
async function settledBox(frame: Frame, locator: Locator): Promise<{ x: number; y: number; width: number; height: number } | null> {
  let last = await locator.boundingBox();
  for (let tries = 0; tries < 50; tries++) {
    await frame.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    const box = await locator.boundingBox();
    if (box && last && box.x === last.x && box.y === last.y) return box;
    last = box;
  }
  return last;
}

/**
 * The map editor's frame with its cards on screen. Only the lanes near the view are rendered, and a map editor that
 * reloads keeps its scroll position: scroll the Touchpoints lane's title (always rendered) into view first.
 */
async function cardsFrame(wb: Workbench): Promise<Frame> {
  const frame = await wb.webviewFrame('.lane__title');
  await frame.locator('.lane__title', { hasText: /touchpoints/i }).first().scrollIntoViewIfNeeded();
  await frame.locator('.card__name').first().waitFor();
  return frame;
}

describe('map editor editing in the workbench', function () {
  this.timeout(300_000);
  let workbench: Workbench | undefined;
  const workspace = mkdtempSync(join(tmpdir(), 'cjm-ui-edit-'));
  cpSync(EXAMPLES_WORKSPACE, workspace, { recursive: true });
  const file = join(workspace, FILE);
  const original = readFileSync(file, 'utf8');
  let map: Frame;

  /** Saves every editor and waits until the file on disk equals `expected` (or fails with the last text). */
  async function expectText(expected: string, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    let text = '';
    for (;;) {
      await workbench!.runCommand('File: Save All Files');
      text = readFileSync(file, 'utf8');
      if (text === expected || Date.now() > end) break;
      await workbench!.page.waitForTimeout(300);
    }
    assert.equal(text, expected);
  }

  /** Clicks into the text editor of the map and presses Ctrl+Z. */
  async function undoInText(): Promise<void> {
    const wb = workbench!;
    // The editor widget, not its (scrolled) line layer: a click inside it lands on a visible line.
    const editor = wb.page.locator('.editor-group-container .editor-instance .monaco-editor').first();
    await editor.click({ position: { x: 300, y: 100 } });
    await wb.page.keyboard.press('Control+Z');
  }

  before(async () => {
    workbench = await Workbench.start({ workspace });
    await workbench.openFile(FILE);
    await workbench.waitForExtension();
    await workbench.runCommand('View: Toggle Primary Side Bar Visibility');
    await workbench.openFile(FILE);
    map = await workbench.openMapEditor('.card__name', true);
    await map.locator('.card__name', { hasText: 'Product page' }).waitFor();
  });

  after(async () => {
    await workbench?.close();
  });

  it('moves a card to another stage by dragging it, and Ctrl+Z in the text puts it back', async () => {
    const card = map.locator('.card[data-path="stages.1.touchpoints.0"]');
    const target = map.locator('.card[data-path="stages.2.touchpoints.0"]');
    assert.equal(await card.locator('.card__name').textContent(), 'Product page');
    await map.locator('.jm--editable').waitFor();
    const arrived = map.locator('.card[data-path="stages.2.touchpoints.0"] .card__name', { hasText: 'Product page' });
    // Why not Locator.dragTo: it scrolls the cards into view with scrollIntoView, which also scrolls VS Code's
    // page around the webview; the webview snaps back when it takes the focus on the mouse down, so the cards move
    // under the pressed pointer, and the native drag starts from the card now there: the target itself, dropped on
    // its own place, which is no move (seen by logging the map's own mousedown/dragstart/drop events: the first
    // dragstart's target was stages.2.touchpoints.0). So: the map takes the focus first, its own scroller brings
    // both cards into view, and the mouse drags between points measured after that.
    await card.focus();
    await map.locator('.scroller').evaluate((scroller) => {
      const doc = scroller.ownerDocument;
      const source = doc.querySelector('.card[data-path="stages.1.touchpoints.0"]').getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      const lane = doc.querySelector('.corner').getBoundingClientRect().width;
      scroller.scrollLeft += source.left - view.left - lane - 8;
      scroller.scrollTop += source.top - view.top - 120;
    });
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    const scroller = await map.locator('.scroller').boundingBox();
    assert.ok(from && to && scroller, 'both cards are on screen');
    assert.ok(to.x + to.width <= scroller.x + scroller.width && to.y + to.height <= scroller.y + scroller.height,
      `the target card ${JSON.stringify(to)} is inside the map's view ${JSON.stringify(scroller)}`);
    const page = workbench!.page;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 4, { steps: 5 });
    await page.mouse.up();
    await arrived.waitFor({ timeout: 15_000 });
    const block = '      - id: product-page\n        name: Product page\n        channel: web\n        emotion: 1\n' +
      '        opportunities: [Photos in real rooms, not on white]\n';
    const moved = moveBlock(original, block, '      - id: address-form\n');
    await expectText(moved);
    await map.locator('.card[data-path="stages.2.touchpoints.0"] .card__name', { hasText: 'Product page' }).waitFor();
    await undoInText();
    await expectText(original);
    await map.locator('.card[data-path="stages.1.touchpoints.0"] .card__name', { hasText: 'Product page' }).waitFor();
  });

  it('sets an emotion one step higher by dragging its point up', async () => {
    const wb = workbench!;
    const point = map.locator('.pt[data-path="stages.2.touchpoints.0.emotion"]').first();
    await point.scrollIntoViewIfNeeded();
    // Scrolling moves the map editor's column and lane windows, which may re-render around the point: measure
    // only once its place holds across two animation frames.
    const box = await settledBox(map, point);
    const plot = await point.locator('xpath=..').boundingBox();
    assert.ok(box && plot, 'the point and its plot are on screen');
    // emotionY: one step is a fifth of 80% of the plot height.
    const step = plot.height * 0.2;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await wb.page.mouse.move(x, y);
    await wb.page.mouse.down();
    await wb.page.mouse.move(x, y - step / 2, { steps: 4 });
    await wb.page.mouse.move(x, y - step, { steps: 4 });
    await wb.page.mouse.up();
    const expected = replaceOnce(original, '        name: Address form\n        channel: web\n        emotion: -1\n',
      '        name: Address form\n        channel: web\n        emotion: 0\n');
    await expectText(expected);
    await map.locator('.card[data-path="stages.2.touchpoints.0"] .card__emotion', { hasText: signedScore(0) }).waitFor();
    await undoInText();
    await expectText(original);
    // The map follows the undo: the next edit from the map is then made on the current version of the text.
    await map.locator('.card[data-path="stages.2.touchpoints.0"] .card__emotion', { hasText: signedScore(-1) }).waitFor();
  });

  it('renames a card in place with Cyrillic text', async () => {
    const wb = workbench!;
    const name = map.locator('.card[data-path="stages.3.touchpoints.1"] .card__name');
    assert.equal(await name.textContent(), 'Doorstep delivery');
    await name.scrollIntoViewIfNeeded();
    await name.dblclick();
    const input = map.locator('.card[data-path="stages.3.touchpoints.1"] input.rename');
    await input.waitFor();
    await wb.page.keyboard.type('Доставка до двери «к 18:00»');
    await wb.page.keyboard.press('Enter');
    await expectText(replaceOnce(original, '        name: Doorstep delivery\n', '        name: Доставка до двери «к 18:00»\n'));
    await map.locator('.card[data-path="stages.3.touchpoints.1"] .card__name', { hasText: 'Доставка до двери «к 18:00»' }).waitFor();
    await undoInText();
    await expectText(original);
  });

  it('shows every card whole when the map takes the whole editor area, 1400 and 600 px wide', async () => {
    const wb = workbench!;
    // The map beside the text, then the text editor closed: the map's group takes the whole editor area.
    await workbench!.runCommand('View: Close All Editors');
    await wb.openFile(FILE);
    await workbench!.runCommand('Journey Map: Open Map Editor to the Side');
    await (await cardsFrame(wb)).locator('.card__name', { hasText: 'Product page' }).waitFor();
    await workbench!.runCommand('View: Focus First Editor Group');
    await workbench!.runCommand('View: Close Editor');
    await wb.page.locator('.editor-group-container').nth(1).waitFor({ state: 'detached' });
    const textEditors = await wb.page.locator('.part.editor .monaco-editor .view-lines').all();
    const shown = (await Promise.all(textEditors.map((e) => e.isVisible()))).filter(Boolean).length;
    assert.equal(shown, 0, 'no text editor is visible beside the map');
    // The webview reloads in its new place: wait for the map again.
    const wide = await cardsFrame(wb);
    await wide.locator('.card__name', { hasText: 'Product page' }).waitFor();
    await wide.evaluate('document.fonts.ready.then(() => true)');
    assert.deepEqual(await overflowingCards(wide), [], 'no card cut off at 1400 px');
    await wb.page.mouse.move(700, 890);
    await wb.screenshot('map-editor-full');
    await wb.page.setViewportSize({ width: 600, height: 900 });
    const narrow = await wb.webviewFrame('.lane__title');
    // The webview lays out again once it has the new width.
    await narrow.waitForFunction('window.innerWidth <= 600', undefined, { timeout: 15_000 });
    await narrow.locator('.lane__title', { hasText: /touchpoints/i }).first().scrollIntoViewIfNeeded();
    await narrow.locator('.card__name', { hasText: 'Product page' }).waitFor();
    assert.deepEqual(await overflowingCards(narrow), [], 'no card cut off at 600 px');
    await wb.screenshot('map-editor-narrow');
    await narrow.locator('.lane--touchpoints').scrollIntoViewIfNeeded();
    await wb.screenshot('map-editor-narrow-cards');
  });
});
