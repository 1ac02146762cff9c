/**
 * Screenshots of the map editor webview on a local page, for a designer's look (not a test):
 * `npx tsx test/webview/preview.ts [example.cjm.yaml ...]` writes test-results/webview-<name>-<theme>.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../src/core/analyze';
import { buildView } from '../../src/core/buildView';
import { buildHarness, launchChromium } from './harness';

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const maps = files.length ? files : ['examples/bank-omnichannel.cjm.yaml'];
  const themes = (process.env.THEMES ?? 'light,dark,hc').split(',');
  const dir = await buildHarness();
  mkdirSync('test-results', { recursive: true });
  const browser = await launchChromium();
  try {
    for (const file of maps) {
      const view = buildView(analyze(readFileSync(file, 'utf8')), basename(file));
      for (const theme of themes) {
        const page = await browser.newPage({ viewport: { width: Number(process.env.WIDTH ?? 1400), height: Number(process.env.HEIGHT ?? 900) } });
        page.on('pageerror', (e) => console.error('page error:', e.message));
        await page.goto(pathToFileURL(resolve(dir, `${theme}.html`)).href);
        await page.evaluate((v) => window.postMessage({ type: 'snapshot', version: 1, view: v, problems: [] }, '*'), view);
        await page.waitForSelector('.grid');
        await page.evaluate(() => document.fonts.ready.then(() => true)); // the picture once fonts are laid out
        const out = `test-results/webview-${basename(file, '.cjm.yaml')}-${theme}.png`;
        await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
        console.log(out);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
