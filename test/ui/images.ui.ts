/**
 * Pictures in the map editor of the real workbench: the storyboard example's persona photos and stage frames
 * (workspace files, loaded through webview URIs) render with real pixels, and its remote frame shows the
 * "blocked" placeholder while remote images are off; a screenshot (test-results/map-editor-images.png).
 */
import * as assert from 'node:assert/strict';
import { examplesCopy, Workbench, workbenchForSuite } from './workbench';

/** What the test reads of an `<img>` (the test's tsconfig has no DOM types). */
interface Picture { alt: string; src: string; naturalWidth: number; naturalHeight: number }

describe('map editor pictures in the workbench', function () {
  this.timeout(240_000);
  const workbench = workbenchForSuite(() => Workbench.startWithMap(workspace, 'restaurant-storyboard.cjm.yaml'));
  const workspace = examplesCopy('cjm-ui-images-');


  it('shows the persona photos and stage frames, and a placeholder for the blocked remote image', async () => {
    const wb = workbench();
    const map = await wb.openMapEditor('img.picture');
    // Every picture loaded and decoded: a broken or refused image has a natural width of 0.
    await map.waitForFunction(() => {
      const page = globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<Picture & { complete: boolean }> } };
      return Array.from(page.document.querySelectorAll('img.picture')).filter((image) => image.complete && image.naturalWidth > 0).length === 4;
    }, undefined, { timeout: 30_000 });
    const sizes = await map.locator('img.picture').evaluateAll((images) =>
      (images as unknown as Picture[]).map((image) => `${image.alt}: ${image.naturalWidth}×${image.naturalHeight}`));
    assert.deepEqual(sizes, [
      'Photo of Maria, plans the evening: 96×96',
      'Photo of Jonas, walks in: 96×96',
      'Storyboard frame of Book a table: 240×120',
      'Storyboard frame of Arrive: 240×120',
    ]);
    // Workspace files come through webview resource URIs of their own paths (not data: URIs, not file: URLs).
    const sources = await map.locator('img.picture').evaluateAll((images) => (images as unknown as Picture[]).map((image) => image.src));
    // Each carries ?v=<mtime>-<size>, so a picture changed on disk gets a new URI and is loaded anew.
    assert.ok(sources.every((src) => /\.(png|svg)\?v=\d+-\d+$/.test(src)), sources.join(' '));
    assert.deepEqual(sources.map((src) => src.split('?')[0].split('/').slice(-2).join('/')),
      ['images/maria.png', 'images/jonas.png', 'images/book.svg', 'images/arrive.svg']);
    assert.ok(sources.every((src) => /^https?:/.test(src)), sources.join(' '));
    const blocked = map.locator('.picture--placeholder[data-unavailable="remote-blocked"]');
    assert.equal(await blocked.count(), 1);
    assert.equal((await blocked.innerText()).trim(), 'Remote image blocked: journeyMaps.preview.allowRemoteImages is off');
    assert.equal(await blocked.getAttribute('data-image'), 'https://example.com/storyboard/pay.png');
    const policy = await map.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content') ?? '';
    assert.match(policy, /img-src [^;]* data:;/);
    assert.doesNotMatch(policy, /https:;|https: /);
    await wb.screenshot('map-editor-images');
  });

  it('offers Compare with... in the context menu of a map in the Journey Maps view', async () => {
    const wb = workbench();
    const page = wb.page;
    await wb.runCommand('View: Show Explorer');
    const header = page.locator('.pane-header', { hasText: /^Journey Maps/i }).first();
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const row = page.locator('.pane', { has: header }).locator('.monaco-list-row', { hasText: 'Dinner at the bistro, as a storyboard' }).first();
    await row.click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor();
    const entries = (await menu.locator('.action-label').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
    assert.deepEqual(entries, ['Open Text', 'Export...', 'Compare with...']);
    await wb.screenshot('journeys-view-compare-menu');
    await page.keyboard.press('Escape');
  });
});
