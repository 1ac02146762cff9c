/**
 * The map editor in the real workbench: text edits show in the map, a click on a card reveals it in the text,
 * and a Russian example follows the light, dark and high-contrast themes with readable text (contrast of at
 * least 4.5:1 measured on the rendered colours), with screenshots of each (test-results/map-editor-*.png).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { contrastRatio, luminance, paintOf, parseColor } from './mapLooks';
import { examplesCopy, THEMES, Workbench, workbenchForSuite } from './workbench';

/** 1-based line of the first line of `text` that matches `pattern`. */
function lineOf(text: string, pattern: RegExp): number {
  return text.split('\n').findIndex((l) => pattern.test(l)) + 1;
}

/** Text a person must be able to read in every theme: the lowest contrast of each kind, with what it is. */
async function lowestContrasts(map: Frame): Promise<Record<string, string>> {
  const kinds = { 'card name': '.card__name', 'card channel': '.card__channel', 'stage name': '.stage__name', 'lane title': '.lane__title > span:last-child' };
  const result: Record<string, string> = {};
  for (const [kind, selector] of Object.entries(kinds)) {
    let lowest = Infinity;
    let what = '';
    for (const element of (await map.locator(selector).all()).slice(0, 12)) {
      const { color, background } = await paintOf(element);
      const ratio = contrastRatio(color, background);
      if (ratio < lowest) [lowest, what] = [ratio, `${(await element.textContent())?.trim()}: ${ratio.toFixed(2)}`];
    }
    result[kind] = what;
    assert.ok(lowest >= 4.5, `${kind} "${what}" is below the 4.5:1 contrast of WCAG AA`);
  }
  return result;
}

describe('map editor in the workbench', function () {
  this.timeout(240_000);
  const workbench = workbenchForSuite(() => Workbench.startWithMap(workspace, 'ecommerce-checkout.cjm.yaml'));
  const workspace = examplesCopy('cjm-ui-');
  const checkout = readFileSync(join(workspace, 'ecommerce-checkout.cjm.yaml'), 'utf8');


  let map: Frame;

  it('shows a change typed in the text editor in the map beside it', async () => {
    const wb = workbench();
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
    const wb = workbench();
    await map.locator('.card', { hasText: 'Product page' }).first().click();
    const first = lineOf(checkout, /- id: product-page$/);
    const next = lineOf(checkout, /- id: basket$/);
    // The focus stays in the map; the status bar shows the text editor's cursor once that has the focus.
    await wb.page.locator('.editor-group-container').first().locator('.view-overlays .selected-text').first().waitFor();
    await wb.runCommand('View: Focus First Editor Group');
    const lineScript = `Number(/Ln (\\d+)/.exec(document.getElementById('status.editor.selection')?.textContent ?? '')?.[1] ?? 0)`;
    await wb.page.waitForFunction(`(${lineScript}) >= ${first} && (${lineScript}) < ${next}`, undefined, { timeout: 10_000 })
      .catch(() => undefined);
    const line = (await wb.page.evaluate(lineScript)) as number;
    assert.ok(line >= first && line < next, `cursor on line ${line}, expected within ${first}..${next - 1}`);
  });

  it('shows a Russian map readably in light, dark and high-contrast themes (screenshots of each)', async () => {
    const wb = workbench();
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
    const backgrounds: number[] = [];
    for (const [name, theme] of [['light', THEMES.light], ['dark', THEMES.dark], ['hc', THEMES.highContrast]] as const) {
      await wb.setTheme(theme);
      await wb.waitForWebviewTheme(frame);
      const page = parseColor(await frame.locator('body').evaluate((el) => el.ownerDocument.defaultView.getComputedStyle(el).backgroundColor));
      backgrounds.push(luminance(page));
      console.log(`      ${name}: ${JSON.stringify(await lowestContrasts(frame))}`);
      await wb.page.mouse.move(700, 890);
      await frame.locator('.scroller').evaluate((el) => { el.scrollTop = 0; });
      await wb.screenshot(`map-editor-${name}`);
      await frame.locator('.lane--emotions').scrollIntoViewIfNeeded();
      await wb.screenshot(`map-editor-${name}-curve`);
    }
    assert.ok(backgrounds[0] > 0.8, `a light page in the light theme (luminance ${backgrounds[0].toFixed(2)})`);
    assert.ok(backgrounds[1] < 0.05 && backgrounds[2] < 0.05, `dark pages in the dark themes (${backgrounds.map((b) => b.toFixed(2))})`);
  });
});
