/** The workbench started in Russian (code-server --locale ru): the extension speaks Russian where a user reads it. */
import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

describe('the workbench in Russian', function () {
  this.timeout(240_000);
  let workbench: Workbench | undefined;

  before(async () => {
    workbench = await Workbench.start({ locale: 'ru' });
  });

  after(async () => {
    await workbench?.close();
  });

  it('names the commands in Russian in the command palette', async () => {
    const wb = workbench!;
    await wb.openFile('lang-checkout.cjm.yaml');
    await wb.waitForExtension();
    await wb.openFile('lang-checkout.cjm.yaml');
    const frame = await wb.openMapEditor('.lane__title');
    await wb.screenshot('russian-map-editor');
    assert.equal(await frame.evaluate('document.documentElement.lang'), 'ru');
  });
});
