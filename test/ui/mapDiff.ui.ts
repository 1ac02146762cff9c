/**
 * Map diff in the real workbench: a temporary git repository with a committed map, an edit on disk, "Journey Map:
 * Compare with..." → HEAD, and the exact marks in the map editor; then "Open Map Diff" from the Source Control diff
 * editor, and a comparison with another map file. Screenshots: test-results/map-diff*.png (light, dark, high contrast, from Source Control).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { THEMES, Workbench } from './workbench';

const COMMITTED = `cjm: 1
id: shop
title: Shop
personas:
  - { id: anna, name: Anna }
channels:
  - { id: web, name: Website, kind: web }
stages:
  - id: discover
    name: Discover
    emotion: -1
    touchpoints:
      - { id: ad, name: Search ad, channel: web, emotion: 0 }
      - { id: friend, name: Friend tells, channel: web, emotion: 1 }
  - id: buy
    name: Buy
    touchpoints:
      - { id: cart, name: Cart, channel: web, emotion: -1 }
      - { id: pay, name: Payment, channel: web, emotion: 1 }
  - id: use
    name: Use
    touchpoints:
      - { id: unbox, name: Unboxing, channel: web, emotion: 2 }
`;

/** Search ad removed, Cart renamed Basket, Payment moved to Use, Coupon added, Discover's emotion -1 → +1. */
const EDITED = COMMITTED
  .replace('    emotion: -1\n', '    emotion: 1\n')
  .replace('      - { id: ad, name: Search ad, channel: web, emotion: 0 }\n', '')
  .replace('name: Cart,', 'name: Basket,')
  .replace('      - { id: pay, name: Payment, channel: web, emotion: 1 }\n', '      - { id: coupon, name: Coupon, channel: web }\n')
  .replace('      - { id: unbox,', '      - { id: pay, name: Payment, channel: web, emotion: 1 }\n      - { id: unbox,');

const SUMMARY = '1 touchpoint added, 1 removed, 1 changed, 1 moved; 1 stage changed; emotion at Discover −1 → +1';

async function texts(frame: Frame, selector: string): Promise<string[]> {
  return frame.locator(selector).allTextContents();
}

/** Presses F1 with the focus in the workbench (not in a webview) and runs a command from the palette by its title. */
async function palette(wb: Workbench, title: string): Promise<void> {
  await wb.page.evaluate("document.activeElement?.tagName === 'IFRAME' && document.activeElement.blur()");
  await wb.page.keyboard.press('F1');
  const input = wb.page.locator('.quick-input-widget input');
  await input.fill(`>${title}`);
  await wb.page.locator('.quick-input-list .monaco-list-row').filter({ has: wb.page.locator('.label-name', { hasText: title }) })
    .first().click();
}

async function assertMarks(frame: Frame): Promise<void> {
  assert.deepEqual(await texts(frame, '.card.diff--added .card__name'), ['Coupon']);
  assert.deepEqual(await texts(frame, '.card--ghost .card__name'), ['Search ad']);
  assert.deepEqual(await texts(frame, '.card.diff--changed .card__name'), ['Basket']);
  assert.deepEqual(await texts(frame, '.card.diff--moved .card__name'), ['Payment']);
  assert.deepEqual(await texts(frame, '.stage.diff--changed .stage__name'), ['Discover']);
  assert.equal(await frame.locator('.card.diff--changed').getAttribute('title'), 'name "Cart" → "Basket"');
  assert.equal(await frame.locator('.card.diff--moved').getAttribute('title'), 'moved from stage "Buy" (buy) to stage "Use" (use)');
  assert.equal(await frame.locator('.stage.diff--changed').getAttribute('title'), 'emotion −1 → +1');
  assert.equal(await frame.locator('.diff-summary__text').textContent(), SUMMARY);
}

describe('map diff in the workbench', function () {
  this.timeout(240_000);
  let workbench: Workbench | undefined;
  const workspace = mkdtempSync(join(tmpdir(), 'cjm-diff-ui-'));

  before(async () => {
    writeFileSync(join(workspace, 'shop.cjm.yaml'), COMMITTED);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: workspace });
    git('init', '-q');
    git('add', 'shop.cjm.yaml');
    git('commit', '-q', '-m', 'The shop map');
    writeFileSync(join(workspace, 'shop.cjm.yaml'), EDITED);
    writeFileSync(join(workspace, 'as-is.cjm.yaml'), COMMITTED);
    // The test workbench turns git off by default (quiet start-up); this test needs the built-in Git extension.
    workbench = await Workbench.start({ workspace, settings: { 'git.enabled': true } });
    await workbench.openFile('shop.cjm.yaml');
    await workbench.waitForExtension();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`map-diff-failure-${this.currentTest.title.slice(0, 20).replace(/\W+/g, '-')}`);
  });

  after(async () => {
    await workbench?.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('Compare with... HEAD marks exactly what changed since the commit in the map editor', async () => {
    const wb = workbench!;
    await wb.openFile('shop.cjm.yaml');
    await palette(wb, 'Journey Map: Compare with...');
    const head = wb.page.locator('.quick-input-list .monaco-list-row')
      .filter({ has: wb.page.locator('.label-name', { hasText: /^HEAD$/ }) }).first();
    await head.waitFor({ timeout: 30_000 });
    await head.click();
    const frame = await wb.webviewFrame('.diff-summary');
    await assertMarks(frame);
    // Live while editing: a name typed in the text is marked at once, and undoing it takes the mark away.
    const lines = EDITED.split('\n');
    const line = lines.findIndex((l) => l.includes('name: Friend tells')) + 1;
    const column = lines[line - 1].indexOf('Friend tells') + 'Friend tells'.length + 1;
    await wb.page.locator('.editor-group-container').first().locator('.view-lines').click();
    await wb.page.keyboard.press('Control+G');
    await wb.page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type(' again');
    const changed = frame.locator('.card.diff--changed', { hasText: 'Friend tells again' });
    await changed.waitFor({ timeout: 15_000 });
    assert.equal(await changed.getAttribute('title'), 'name "Friend tells" → "Friend tells again"');
    await wb.page.keyboard.press('Control+Z');
    await changed.waitFor({ state: 'detached', timeout: 15_000 });
    await assertMarks(frame);
    // The whole width for the picture: the map editor alone, without the side bar.
    await wb.runCommand('View: Focus First Editor Group');
    await wb.runCommand('View: Close Editor Group');
    await wb.runCommand('View: Toggle Primary Side Bar Visibility');
    await frame.locator('.card.diff--moved').waitFor();
    await wb.page.waitForTimeout(500); // fonts and the curve settle before the picture
    await wb.screenshot('map-diff');
    await frame.locator('.lane--emotions').scrollIntoViewIfNeeded();
    await wb.screenshot('map-diff-curve');
    await wb.setTheme(THEMES.dark);
    await frame.locator('.scroller').evaluate((el) => { el.scrollTop = 0; });
    await wb.screenshot('map-diff-dark');
    await wb.setTheme(THEMES.highContrast);
    await wb.screenshot('map-diff-hc');
    await wb.setTheme(THEMES.light);
  });

  it('Back to the map leaves the diff; Open Map Diff from the Source Control diff editor shows it again', async () => {
    const wb = workbench!;
    const frame = await wb.webviewFrame('.diff-summary');
    await frame.locator('.diff-summary vscode-button', { hasText: 'Back to the map' }).click();
    await frame.locator('.diff-summary').waitFor({ state: 'detached' });
    assert.equal(await frame.locator('.card--ghost').count(), 0);
    await wb.runCommand('View: Close All Editors');
    await wb.page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
    await wb.page.locator('.activitybar .action-item:has(a[aria-label*="Source Control"])').first().click();
    await wb.page.locator('.scm-view .monaco-list-row', { hasText: 'shop.cjm.yaml' }).first().click();
    await wb.page.locator('.editor-instance .monaco-diff-editor').first().waitFor({ timeout: 30_000 });
    const button = wb.page.locator('.editor-actions .action-label[aria-label*="Open Map Diff"]').first();
    await button.click({ timeout: 15_000 });
    const diff = await wb.webviewFrame('.diff-summary');
    await assertMarks(diff);
    assert.equal(await diff.locator('.diff-summary__label code').textContent(), 'staged:shop.cjm.yaml');
    await wb.screenshot('map-diff-from-scm');
  });

  it('Compare with... another map file (as-is against to-be) marks the same changes', async () => {
    const wb = workbench!;
    await palette(wb, 'Journey Map: Compare with...');
    const file = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'as-is.cjm.yaml' }).first();
    await file.waitFor({ timeout: 30_000 });
    await file.click();
    const frame = await wb.webviewFrame('.diff-summary code >> text=as-is.cjm.yaml');
    await assertMarks(frame);
  });
});

describe('map diff in the workbench without git', function () {
  this.timeout(240_000);
  let workbench: Workbench | undefined;
  const workspace = mkdtempSync(join(tmpdir(), 'cjm-diff-nogit-ui-'));

  before(async () => {
    writeFileSync(join(workspace, 'shop.cjm.yaml'), EDITED);
    writeFileSync(join(workspace, 'as-is.cjm.yaml'), COMMITTED);
    workbench = await Workbench.start({ workspace }); // the test workbench has "git.enabled": false
    await workbench.openFile('shop.cjm.yaml');
    await workbench.waitForExtension();
  });

  after(async () => {
    await workbench?.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('Compare with... offers the map files only and says why', async () => {
    const wb = workbench!;
    await wb.openFile('shop.cjm.yaml');
    await palette(wb, 'Journey Map: Compare with...');
    const input = wb.page.locator('.quick-input-widget input[placeholder^="No git versions"]');
    await input.waitFor({ timeout: 30_000 });
    assert.equal(await input.getAttribute('placeholder'), 'No git versions: Git is disabled (setting "git.enabled"). Compare with another map file');
    const rows = wb.page.locator('.quick-input-list .monaco-list-row .label-name');
    assert.deepEqual((await rows.allTextContents()).map((t) => t.trim()), ['as-is.cjm.yaml', 'Browse…']);
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'as-is.cjm.yaml' }).first().click();
    await assertMarks(await wb.webviewFrame('.diff-summary'));
  });
});
