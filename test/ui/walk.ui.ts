/** A walk through the real workbench: open an example, wait for the extension, open the map editor, screenshot it. */
import * as assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { EXAMPLES_WORKSPACE, Workbench } from './workbench';

describe('walk through the workbench', function () {
  this.timeout(180_000);
  let workbench: Workbench | undefined;

  before(async () => {
    workbench = await Workbench.start({ workspace: EXAMPLES_WORKSPACE });
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens an example in the map editor and shows its stages', async () => {
    const wb = workbench!;
    await wb.openFile('ecommerce-checkout.cjm.yaml');
    await wb.waitForExtension();
    await wb.openFile('ecommerce-checkout.cjm.yaml');
    const frame = await wb.openMapEditor('body *');
    // The first stage of the example, as the map editor draws it.
    await frame.getByText('Discover', { exact: true }).first().waitFor({ timeout: 30_000 });
    await wb.page.waitForTimeout(1_000); // let fonts and the emotion curve settle before the picture
    const file = await wb.screenshot('walk-map-editor');
    assert.ok(existsSync(file) && statSync(file).size > 10_000, `${file} holds a real screenshot`);
  });
});
