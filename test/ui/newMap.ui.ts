/**
 * The New Map picker in the real workbench (English): VS Code's language's templates first, every template with
 * its language beside it, the other languages after. The screenshot test-results/new-map-picker.png shows it.
 */
import * as assert from 'node:assert/strict';
import { Workbench, examplesCopy, workbenchForSuite } from './workbench';

describe('New Map picker in the workbench', function () {
  this.timeout(300_000);
  const workbench = workbenchForSuite(() => Workbench.startWithMap(examplesCopy('cjm-ui-newmap-'), 'ecommerce-checkout.cjm.yaml'));


  it('offers each template in four languages, the workbench’s language (English) first', async () => {
    const page = workbench().page;
    const input = page.locator('.quick-input-widget input');
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: 15_000 });
    await input.fill('>Journey Map: New Map');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Journey Map: New Map' }).first().click();
    const names = page.locator('.quick-input-list .monaco-list-row .label-name');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Basic journey — English' }).first().waitFor({ timeout: 15_000 });
    await workbench().screenshot('new-map-picker');
    assert.equal((await names.first().textContent())?.trim(), 'Basic journey — English');
    await input.fill('Русский');
    const russian = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Оформление заказа в интернет-магазине — Русский' });
    await russian.first().waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('.quick-input-list .monaco-list-row', { hasText: '— English' }).count(), 0, 'the filter matches the language');
    await workbench().screenshot('new-map-picker-russian');
    await page.keyboard.press('Escape');
  });
});
