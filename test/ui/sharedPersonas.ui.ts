/**
 * Shared personas in the real workbench: the online-order example takes both its personas from
 * examples/personas/team.personas.yaml; the map editor shows their cards as if the map declared them, each with a
 * "shared" link naming that file, which opens it at the persona. Screenshot: test-results/shared-personas.png.
 */
import * as assert from 'node:assert/strict';
import { examplesCopy, Workbench, workbenchForSuite } from './workbench';

describe('shared personas in the workbench', function () {
  this.timeout(240_000);
  const workbench = workbenchForSuite(() => Workbench.startWithMap(examplesCopy('cjm-ui-personas-'), 'personas/online-order.cjm.yaml'));


  it('shows the personas of team.personas.yaml on the map that uses them', async () => {
    const wb = workbench();
    await wb.runCommand('View: Toggle Primary Side Bar Visibility');
    const map = await wb.openMapEditor('.persona__name');
    const names = map.locator('.persona__name');
    await names.filter({ hasText: 'Maria, first-time buyer' }).first().waitFor();
    assert.deepEqual(await names.allInnerTexts(), ['Maria, first-time buyer', 'Tom, loyal customer']);
    assert.equal(await map.locator('.persona__quote').first().innerText(), 'Just tell me what it costs in the end.');
    const links = map.locator('.persona .shared-persona');
    assert.deepEqual(await links.allInnerTexts(), ['shared', 'shared']);
    assert.equal(await links.first().getAttribute('title'), 'Shared persona from personas/team.personas.yaml: click to open it there');
    await wb.screenshot('shared-personas');
    await links.nth(1).click();
    // The personas file opens in the text editor with Tom's id selected.
    await wb.page.locator('.tab.active', { hasText: 'team.personas.yaml' }).waitFor({ timeout: 30_000 });
    await wb.page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 30_000 });
    await wb.screenshot('shared-persona-opened');
  });
});
