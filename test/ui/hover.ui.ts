/** The touchpoint card of a hover in the real workbench, with ordinary and with hostile map text: point at a touchpoint id, check and screenshot the hover. */
import * as assert from 'node:assert/strict';
import { Workbench, workbenchForSuite } from './workbench';

describe('hover in the workbench', function () {
  this.timeout(180_000);
  const workbench = workbenchForSuite(() => Workbench.start());


  it('shows the card of a touchpoint when the mouse rests on its id', async () => {
    const wb = workbench();
    await wb.openFile('lang-checkout.cjm.yaml');
    await wb.waitForExtension();
    await wb.openFile('lang-checkout.cjm.yaml');
    const hover = await wb.hoverOverWord('search-ad', 'Search ad');
    const text = await hover.innerText();
    for (const expected of ['Touchpoint search-ad', 'Stage: Discover (discover)', 'Channel: Website (web)', 'Emotion: +1 🙂',
      'Owner: Marketing', 'Ad promises free delivery', 'Clicks: 1200 clicks (target 1500)']) {
      assert.ok(text.includes(expected), `the hover shows "${expected}":\n${text}`);
    }
    // The picture once the hover has faded in completely.
    await hover.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a: { finished: Promise<unknown> }) => a.finished)));
    await wb.screenshot('hover-touchpoint');
  });

  it('shows hostile map text as written: no link, image or HTML gets into the hover', async () => {
    const wb = workbench();
    await wb.openFile('ui/hostile.cjm.yaml');
    const hover = await wb.hoverOverWord('trap', 'Open settings');
    const text = await hover.innerText();
    for (const written of ['[Open settings](command:workbench.action.openSettings) $(alert)', '<img src=x onerror=alert(1)> Web',
      '<a href="command:workbench.action.openSettings">me</a>', '- a list? # a heading? https://example.com', '`[x](command:y)`']) {
      assert.ok(text.includes(written), `the hover shows ${JSON.stringify(written)} as written:\n${text}`);
    }
    const content = hover.locator('.hover-contents').first();
    assert.equal(await content.locator('a, img, h1, h2, h4, blockquote, .codicon-alert').count(), 0, await content.innerHTML());
    await wb.screenshot('hover-hostile');
  });
});
