/**
 * The map editor in the real workbench: text edits show in the map, a click on a card reveals it in the text,
 * and screenshots of a Russian example in light, dark and high-contrast themes (test-results/map-editor-*.png).
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { EXAMPLES_WORKSPACE, RESULTS_DIR, Workbench } from './workbench';

/** 1-based line of the first line of `text` that matches `pattern`. */
function lineOf(text: string, pattern: RegExp): number {
  return text.split('\n').findIndex((l) => pattern.test(l)) + 1;
}

/** Switches the colour theme by its label in "Preferences: Color Theme", as a user does. */
async function pickTheme(wb: Workbench, theme: string): Promise<void> {
  await wb.page.keyboard.press('F1');
  const input = wb.page.locator('.quick-input-widget input');
  await input.fill('>Preferences: Color Theme');
  const command = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: /Preferences: Color Theme(?!s)/ }).first();
  await command.click();
  // Wait for the theme picker itself (its list shows the built-in themes) before typing into it.
  await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: /Modern/ }).first().waitFor();
  await input.fill(theme);
  const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first();
  await row.waitFor();
  await row.click();
  await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await wb.page.waitForTimeout(1_500); // the webview gets the new theme variables a moment later
}

describe('map editor in the workbench', function () {
  this.timeout(240_000);
  let workbench: Workbench | undefined;
  const workspace = mkdtempSync(join(tmpdir(), 'cjm-ui-'));
  cpSync(EXAMPLES_WORKSPACE, workspace, { recursive: true });
  const checkout = readFileSync(join(workspace, 'ecommerce-checkout.cjm.yaml'), 'utf8');

  before(async () => {
    workbench = await Workbench.start({ workspace });
    await workbench.openFile('ecommerce-checkout.cjm.yaml');
    await workbench.waitForExtension();
  });

  after(async () => {
    await workbench?.close();
  });

  let map: Frame;

  it('shows a change typed in the text editor in the map beside it', async () => {
    const wb = workbench!;
    await wb.openFile('ecommerce-checkout.cjm.yaml');
    map = await wb.openMapEditor('.stage__name', true);
    await map.locator('.stage__name', { hasText: 'Discover' }).first().waitFor();
    const line = lineOf(checkout, /^ {4}name: Discover$/);
    await wb.page.locator('.editor-group-container').first().locator('.view-lines').click();
    await wb.page.keyboard.press('F1');
    await wb.page.locator('.quick-input-widget input').fill(`:${line}`);
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.type(' again');
    await map.locator('.stage__name', { hasText: 'Discover again' }).waitFor({ timeout: 15_000 });
    assert.equal(await map.locator('.stage__name').first().textContent(), 'Discover again');
  });

  it('reveals a clicked card in the text editor', async () => {
    const wb = workbench!;
    await map.locator('.card', { hasText: 'Product page' }).first().click();
    const first = lineOf(checkout, /- id: product-page$/);
    const next = lineOf(checkout, /- id: basket$/);
    // The focus stays in the map; the status bar shows the text editor's cursor once that has the focus.
    await wb.page.locator('.editor-group-container').first().locator('.view-overlays .selected-text').first().waitFor();
    await wb.runCommand('View: Focus First Editor Group');
    const status = wb.page.locator('[id="status.editor.selection"]');
    let line = 0;
    for (let i = 0; i < 40 && !(line >= first && line < next); i++) {
      await wb.page.waitForTimeout(250);
      line = Number(/Ln (\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
    }
    assert.ok(line >= first && line < next, `cursor on line ${line}, expected within ${first}..${next - 1}`);
  });

  it('takes screenshots of a Russian map in light, dark and high-contrast themes', async () => {
    const wb = workbench!;
    await wb.runCommand('View: Close All Editors');
    // The typed change is not saved: the copy of the examples stays as it was.
    const dontSave = wb.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
    await dontSave.click({ timeout: 5_000 }).catch(() => undefined);
    // One editor group, so the map gets the whole width.
    await wb.page.locator('.part.editor').click({ position: { x: 200, y: 200 } });
    await wb.runCommand('View: Close All Editor Groups');
    // Keyboard focus is nowhere once the editors are gone; give it back to the workbench.
    await wb.page.locator('.part.editor').click({ position: { x: 200, y: 200 } });
    await wb.runCommand('View: Toggle Primary Side Bar Visibility');
    await wb.openFile('bank-omnichannel.cjm.yaml');
    const frame = await wb.openMapEditor('.card__name');
    await frame.locator('.card__name', { hasText: 'Страница карты на сайте' }).waitFor();
    for (const [name, theme] of [['light', 'Light Modern'], ['dark', 'Dark Modern'], ['hc', 'Dark High Contrast']] as const) {
      await pickTheme(wb, theme);
      await wb.page.mouse.move(700, 890);
      await frame.locator('.scroller').evaluate((el) => { el.scrollTop = 0; });
      const file = await wb.screenshot(`map-editor-${name}`);
      assert.ok(file.startsWith(RESULTS_DIR));
      await frame.locator('.lane--emotions').scrollIntoViewIfNeeded();
      await wb.screenshot(`map-editor-${name}-curve`);
    }
  });
});
