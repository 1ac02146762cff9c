/**
 * A walk through the real workbench: open an example, wait for the extension, open the map editor and check what
 * a person sees: every stage as a column in order, every touchpoint as a card, no card cut off; screenshot it.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { overflowingCards } from './mapLooks';
import { EXAMPLES_WORKSPACE, Workbench, workbenchForSuite } from './workbench';

interface ExampleMap { stages: { name: string; touchpoints?: { name: string }[] }[] }

describe('walk through the workbench', function () {
  this.timeout(180_000);
  const workbench = workbenchForSuite(() => Workbench.start({ workspace: EXAMPLES_WORKSPACE }));
  const example = parse(readFileSync(join(EXAMPLES_WORKSPACE, 'ecommerce-checkout.cjm.yaml'), 'utf8')) as ExampleMap;


  it('opens an example in the map editor and shows its stages, its cards, none cut off', async () => {
    const wb = workbench();
    await wb.openFile('ecommerce-checkout.cjm.yaml');
    await wb.waitForExtension();
    await wb.openFile('ecommerce-checkout.cjm.yaml');
    const frame = await wb.openMapEditor('.stage__name');
    await frame.getByText('Discover', { exact: true }).first().waitFor({ timeout: 30_000 });
    assert.deepEqual(await frame.locator('.stage__name').allTextContents(), example.stages.map((s) => s.name));
    const cards = example.stages.flatMap((s) => (s.touchpoints ?? []).map((t) => t.name));
    assert.deepEqual(await frame.locator('.card .card__name').allTextContents(), cards);
    // Fonts decide widths: measure once they have loaded, as the picture does.
    await frame.evaluate('document.fonts.ready.then(() => true)');
    assert.deepEqual(await overflowingCards(frame), []);
    await wb.screenshot('walk-map-editor');
  });
});
