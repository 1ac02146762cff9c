/**
 * A large map in the real workbench: with 60 stages the map editor renders only the columns near the view
 * (column windowing) and shows the others as the user scrolls; "Touchpoint: …" above a `cjm:` comment in code
 * opens the map editor with that touchpoint highlighted and in view, even far outside the first columns.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMapText } from '../../bench/generateMap';
import { paintOf } from './mapLooks';
import { Workbench } from './workbench';

const STAGES = 60;

describe('a large map in the workbench', function () {
  this.timeout(300_000);
  let workbench: Workbench | undefined;
  const workspace = mkdtempSync(join(tmpdir(), 'cjm-ui-large-'));
  writeFileSync(join(workspace, 'large.cjm.yaml'), generateMapText(STAGES * 10));
  mkdirSync(join(workspace, 'src'));
  // tp-485 sits in stage 49 (ten touchpoints a stage).
  writeFileSync(join(workspace, 'src', 'tracking.ts'), '// The tracking page.\n// cjm: generated-600/tp-485\nexport const tracking = 1;\n');

  before(async () => {
    workbench = await Workbench.start({ workspace });
    await workbench.openFile('large.cjm.yaml');
    await workbench.waitForExtension();
  });

  after(async () => {
    await workbench?.close();
  });

  it('renders only the columns near the view and shows the last ones once scrolled there', async () => {
    const wb = workbench!;
    await wb.openFile('large.cjm.yaml');
    const map = await wb.openMapEditor('.stage__name');
    const names = map.locator('.stage__name');
    await names.first().waitFor();
    const shown = await names.allTextContents();
    assert.ok(shown[0].startsWith('Stage 1 — '), shown[0]);
    assert.ok(shown.length < STAGES / 2, `${shown.length} of ${STAGES} stage columns rendered at first`);
    await map.locator('.scroller').evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    const last = map.locator('.stage__name', { hasText: `Stage ${STAGES} — ` });
    await last.waitFor({ timeout: 15_000 });
    assert.ok(await last.isVisible(), 'the last stage is on screen');
    assert.equal(await map.locator('.stage__name', { hasText: /^Stage 1 — / }).count(), 0, 'the first columns are no longer rendered');
    // Cards a scroll brings in start as placeholders and are filled once the scroll has stopped.
    await map.locator('.card__name', { hasText: `no. ${STAGES * 10 - 1}` }).waitFor({ timeout: 15_000 });
    await wb.screenshot('large-map-end');
  });

  it('opens a touchpoint named in code from its CodeLens: the map editor shows it highlighted', async () => {
    const wb = workbench!;
    await wb.runCommand('View: Close All Editors');
    await wb.openFile('src/tracking.ts');
    const lens = wb.page.locator('.codelens-decoration a', { hasText: /^Touchpoint: .*no\. 485/ });
    await lens.waitFor({ timeout: 30_000 });
    await lens.click();
    const map = await wb.webviewFrame('.card.is-highlighted');
    const card = map.locator('.card.is-highlighted');
    assert.match((await card.locator('.card__name').textContent()) ?? '', /no\. 485$/);
    assert.equal(await map.locator('.is-highlighted').count(), 1, 'one item highlighted');
    // Highlighted as a person sees it: a dashed outline and another background than a plain card of its stage.
    const style = await card.evaluate((el) => {
      const s = el.ownerDocument.defaultView.getComputedStyle(el);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    assert.equal(style, 'dashed 2px');
    const plain = map.locator('.card[data-path="stages.48.touchpoints.4"]');
    assert.notDeepEqual((await paintOf(card)).background, (await paintOf(plain)).background, 'the highlight has its own background');
    await card.evaluate((el) => new Promise((resolve) => {
      const observer = new el.ownerDocument.defaultView.IntersectionObserver((entries: { isIntersecting: boolean }[]) => {
        if (entries.some((e) => e.isIntersecting)) { observer.disconnect(); resolve(true); }
      });
      observer.observe(el);
    }));
    await wb.screenshot('large-map-open-touchpoint');
  });
});
