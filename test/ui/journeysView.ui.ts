/**
 * The Journey Maps view in the Explorer of the real workbench: it lists the example maps by title, a stage opens
 * to its touchpoints with their emotion faces, and a click on a touchpoint opens the map editor with that card
 * highlighted (test-results/journeys-view.png).
 */
import * as assert from 'node:assert/strict';
import { basename } from 'node:path';
import { examplesCopy, Workbench, workbenchForSuite } from './workbench';

describe('Journey Maps view', function () {
  this.timeout(240_000);
  const workbench = workbenchForSuite(() => Workbench.startWithMap(workspace, 'ecommerce-checkout.cjm.yaml'));
  const workspace = examplesCopy('cjm-ui-view-');


  it('lists the maps by title, opens a stage, and a click on a touchpoint highlights its card in the map editor', async () => {
    const wb = workbench();
    const page = wb.page;
    await wb.runCommand('View: Show Explorer');
    const header = page.locator('.pane-header', { hasText: /^Journey Maps/i }).first();
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    // The view's list renders only the rows it has room for: fold the folder's pane so every map's row fits.
    const folder = page.locator('.pane-header', { hasText: basename(workspace) }).first();
    if ((await folder.getAttribute('aria-expanded')) === 'true') await folder.click();
    const tree = page.locator('.pane', { has: header }).locator('.monaco-list');
    const rows = tree.locator('.monaco-list-row');
    await rows.filter({ hasText: 'First purchase at Hearth & Home' }).first().waitFor();
    const expected = [
      'First purchase at Hearth & Home',
      'From trial sign-up to first paid seat',
      'New engineer — offer to first deploy',
      'Online order',
      'Support call',
      'Кредитная карта — отделение, приложение и сайт',
      'Dinner at the bistro, as a storyboard',
    ].sort((a, b) => a.localeCompare(b));
    // The workspace index lists maps as it reads them: wait for the last one before reading the titles.
    await tree.locator('.monaco-list-row[aria-level="1"]').nth(expected.length - 1).waitFor();
    assert.deepEqual(await tree.locator('.monaco-list-row[aria-level="1"] .label-name').allInnerTexts(), expected);
    // Open the checkout map, then its stage "Discover", by their twisties (a click on the label opens the map editor).
    await rows.filter({ hasText: 'First purchase at Hearth & Home' }).first().locator('.monaco-tl-twistie').click();
    const discover = rows.filter({ hasText: /^Discover/ }).first();
    await discover.locator('.monaco-tl-twistie').click();
    const landing = rows.filter({ hasText: 'Campaign landing page' }).first();
    await landing.waitFor();
    assert.match(await landing.innerText(), /^Campaign landing page\s*\+1 🙂 · 1 code reference$/u);
    await wb.screenshot('journeys-view');
    await landing.click();
    const map = await wb.webviewFrame('.is-highlighted');
    const highlighted = await map.locator('.is-highlighted').first().innerText();
    assert.match(highlighted, /Campaign landing page/);
  });
});
