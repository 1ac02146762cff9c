/**
 * Metrics from data files in the real workbench: the checkout example reads examples/data/funnel.csv; the map
 * editor shows the latest week's value with a progress arrow; the CSV rewritten on disk (as an analytics export
 * would) turns it into the new value with a regress arrow. Screenshot: test-results/map-data-metrics.png.
 */
import * as assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesCopy, Workbench, workbenchForSuite } from './workbench';

describe('metrics from data files in the workbench', function () {
  this.timeout(240_000);
  const workbench = workbenchForSuite(() => Workbench.startWithMap(workspace, 'ecommerce-checkout.cjm.yaml'));
  const workspace = examplesCopy('cjm-ui-data-');


  it('shows the CSV value and direction, and follows the CSV when it changes on disk', async () => {
    const wb = workbench();
    await wb.runCommand('View: Toggle Primary Side Bar Visibility');
    const map = await wb.openMapEditor('.lane__title');
    // Only the lanes near the view are rendered: scroll to the Metrics lane's title, then its cells appear.
    await map.locator('.lane__title', { hasText: /^\s*Metrics$/ }).first().scrollIntoViewIfNeeded();
    const landing = map.locator('.metric', { hasText: 'Landing visitors' }).first();
    await landing.waitFor();
    await landing.scrollIntoViewIfNeeded();
    await landing.locator('.trend').waitFor();
    assert.equal(await landing.locator('.metric__value').textContent(), '18\u202f400 sessions');
    assert.equal(await landing.locator('.trend').textContent(), '▲ +500 progress');
    assert.equal(await landing.locator('.metric__date').textContent(), 'as of 2026-W48');
    await wb.screenshot('map-data-metrics');

    appendFileSync(join(workspace, 'data', 'funnel.csv'), '2026-W49,17000,9300,2350,1200\n');
    await landing.locator('.trend', { hasText: 'regress' }).waitFor({ timeout: 20_000 });
    assert.equal(await landing.locator('.metric__value').textContent(), '17\u202f000 sessions');
    assert.equal(await landing.locator('.trend').textContent(), '▼ −1\u202f400 regress');
    assert.equal(await landing.locator('.metric__date').textContent(), 'as of 2026-W49');
    await wb.screenshot('map-data-metrics-after');
  });
});
