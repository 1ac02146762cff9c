/**
 * The SVG export looks the same in a browser (Chromium) and in librsvg (`rsvg-convert`, what GNOME, many
 * wikis and converters use): both draw it, and the pictures must match but for anti-aliasing.
 * Needs Debian's chromium and librsvg2-bin (installed by scripts/setupVscodeServer.mjs and .ci/run).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/lib/testEnv.mjs';
import { exportSvg } from '../../../src/core/export';
import { requireTool, viewOf } from './exportTools';
import { sampleMaps } from './sampleMaps';

/** Side of the square blocks the pictures are compared in, in px: glyph hinting moves edges by a pixel or so. */
const BLOCK = 4;
/** How far a block's mean grey may move (of 255) before it counts as different. */
const GREY_STEP = 40;
/** Share of blocks that may differ (measured here: 0.07–0.5% for the same SVG, emoji drawn from different fallback fonts being the most; 4–6% when the text is in a foreignObject). */
const TOLERANCE = 0.015;

function decode(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

/** Mean grey of each BLOCK×BLOCK square of a picture (RGBA over white). */
function blockGreys(png: PNG): number[] {
  const columns = Math.ceil(png.width / BLOCK);
  const sums = new Array<number>(columns * Math.ceil(png.height / BLOCK)).fill(0);
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const alpha = png.data[i + 3] / 255;
      const grey = (png.data[i] * 0.299 + png.data[i + 1] * 0.587 + png.data[i + 2] * 0.114) * alpha + 255 * (1 - alpha);
      sums[Math.floor(y / BLOCK) * columns + Math.floor(x / BLOCK)] += grey / (BLOCK * BLOCK);
    }
  }
  return sums;
}

/** Share of blocks whose mean grey differs by more than GREY_STEP between two pictures of the same size. */
function differingShare(a: PNG, b: PNG): number {
  assert.deepEqual([b.width, b.height], [a.width, a.height], 'both renderers give the same size');
  const [ga, gb] = [blockGreys(a), blockGreys(b)];
  return ga.filter((g, i) => Math.abs(g - gb[i]) > GREY_STEP).length / ga.length;
}

describe('SVG export in Chromium and librsvg', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'cjm-svg-'));
  let browser: Browser | undefined;

  before(async function () {
    requireTool('rsvg-convert', 'librsvg2-bin');
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`node scripts/setupVscodeServer.mjs\` (as root) or \`sudo apt-get install -y chromium\``);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => { await browser?.close(); });

  async function chromiumPng(svgFile: string, width: number, height: number): Promise<PNG> {
    const page = await browser!.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    try {
      await page.goto(`file://${svgFile}`);
      return decode(await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
    } finally {
      await page.close();
    }
  }

  const names = ['examples/ecommerce-checkout.cjm.yaml', 'test/unit/export/fixtures/tricky.cjm.yaml', 'test/unit/export/fixtures/long-words.cjm.yaml'];
  for (const sample of sampleMaps().filter((s) => names.includes(s.name))) {
    it(`draws the same picture: ${sample.name}`, async () => {
      const svg = exportSvg(viewOf(sample), { footer: sample.name });
      const base = join(dir, sample.name.replace(/\W+/g, '-'));
      writeFileSync(`${base}.svg`, svg);
      execFileSync('rsvg-convert', ['--format', 'png', '--output', `${base}.rsvg.png`, `${base}.svg`]);
      const rsvg = decode(readFileSync(`${base}.rsvg.png`));
      const browserPicture = await chromiumPng(`${base}.svg`, rsvg.width, rsvg.height);
      const share = differingShare(rsvg, browserPicture);
      assert.ok(share < TOLERANCE, `${(share * 100).toFixed(2)}% of the pixels differ (see ${base}.*.png)`);
      writeFileSync(`${base}.chromium.png`, PNG.sync.write(browserPicture));
    });
  }
});
