/**
 * Exports written from the map editor in the real workbench, as a user does it: the toolbar's Export button, the
 * format picker, (for PDF) the page picker, and the save dialog. Checks each file and that no extra tab opened;
 * the PNG is copied to test-results/export-from-map-editor.png to look at.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { EXAMPLES_WORKSPACE, RESULTS_DIR, Workbench } from './workbench';

/** The width and height in a PNG's header. */
function pngSize(bytes: Buffer): [number, number] {
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Waits until `check` holds, looking every 100 ms, for at most 15 s. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until a file exists and its size holds still between two looks (the export has finished writing it). */
async function written(file: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let size = -1;
  for (;;) {
    const now = existsSync(file) ? statSync(file).size : -1;
    if (now > 0 && now === size) return;
    if (Date.now() > end) throw new Error(`${file} was not written`);
    size = now;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('export from the map editor in the workbench', function () {
  this.timeout(300_000);
  let workbench: Workbench | undefined;
  let map: Frame;
  const workspace = mkdtempSync(join(tmpdir(), 'cjm-ui-export-'));
  cpSync(EXAMPLES_WORKSPACE, workspace, { recursive: true });

  before(async () => {
    workbench = await Workbench.start({ workspace });
    await workbench.openFile('ecommerce-checkout.cjm.yaml');
    await workbench.waitForExtension();
    await workbench.openFile('ecommerce-checkout.cjm.yaml');
    map = await workbench.openMapEditor('.stage__name');
  });

  after(async () => {
    await workbench?.close();
  });

  /** Clicks Export in the map editor, picks `label` (and `page` for PDF), types `file` into the save dialog. */
  async function exportAs(label: string, file: string, page?: string): Promise<string> {
    const wb = workbench!;
    const target = join(workspace, file);
    await map.getByRole('button', { name: /Export/ }).first().click();
    const pick = async (text: string) => {
      const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
      await row.waitFor({ timeout: 15_000 });
      await row.click();
    };
    await pick(label);
    if (page) await pick(page);
    // The save dialog (a quick input in the browser) fills in the default path a moment after it opens: wait
    // for that before typing, or the default overwrites the typed path.
    const input = wb.page.locator('.quick-input-widget input');
    await input.waitFor();
    await until(async () => /ecommerce-checkout\.\w+$/.test(await input.inputValue()), 'the save dialog shows the default file');
    await input.fill(target);
    await until(async () => (await input.inputValue()) === target, 'the save dialog holds the typed path');
    await input.press('Enter');
    await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    try {
      await written(target);
    } catch (error) {
      throw new Error(`${(error as Error).message} (see ${await wb.screenshot(`export-failure-${file}`)})`);
    }
    return target;
  }

  it('writes SVG, PNG and PDF from the toolbar, without any extra tab', async () => {
    const tabs = workbench!.page.locator('.tabs-container .tab');
    const before = await tabs.count();

    const svg = readFileSync(await exportAs('SVG image', 'checkout.svg'), 'utf8');
    assert.ok(!svg.includes('foreignObject') && /<tspan[^>]*>Payment step<\/tspan>/.test(svg), svg.slice(0, 200));

    const png = readFileSync(await exportAs('PNG image', 'checkout.png'));
    const [width, height] = pngSize(png);
    const [, svgWidth, svgHeight] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    assert.deepEqual([width, height], [2 * svgWidth, 2 * svgHeight]);
    copyFileSync(join(workspace, 'checkout.png'), join(RESULTS_DIR, 'export-from-map-editor.png'));

    const pdf = await exportAs('PDF document', 'checkout.pdf', 'A4 landscape');
    assert.ok(statSync(pdf).size > 10_000);
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      for (const name of ['Discover', 'Check out', 'Payment step', 'Doorstep delivery']) assert.ok(text.includes(name), name);
    }
    assert.equal(await tabs.count(), before, 'no helper panel or other tab opened');
    await workbench!.screenshot('export-from-map-editor-workbench');
  });
});
