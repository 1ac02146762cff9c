/**
 * The PDF export read back with poppler-utils (pdftotext, pdffonts, pdfimages, pdfinfo): real text in the
 * embedded font, Cyrillic and Latvian copying out as themselves, vector only, A4 pages with repeated headers.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { readExportAssets } from '../../../src/cli/exportAssets';
import { exportBinary } from '../../../src/core/export';
import { planPages } from '../../../src/core/export/binary/pagePlan';
import { mapScene } from '../../../src/core/export/scene/mapScene';
import { mapNames, requireTool, viewOf } from './exportTools';
import { sampleMaps, type SampleMap } from './sampleMaps';

/** Text without white space and hyphens: pdftotext joins a word hyphenated at a line end and drops the hyphen. */
const squash = (text: string) => text.replace(/[\s-]+/g, '');
const font = fontkit.openSync(createRequire(__filename).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')) as fontkit.Font;
/** A name as the PDF can hold it: characters DejaVu Sans lacks (most emoji) print as empty boxes and copy out as nothing. */
const printable = (name: string) => [...name].filter((ch) => font.hasGlyphForCodePoint(ch.codePointAt(0)!)).join('');
const dir = mkdtempSync(join(tmpdir(), 'cjm-pdf-'));

async function pdfFile(sample: SampleMap, page: 'fit' | 'a4' | 'a3'): Promise<string> {
  const file = join(dir, `${sample.name.replace(/\W+/g, '-')}.${page}.pdf`);
  writeFileSync(file, await exportBinary(viewOf(sample), 'pdf', { page, footer: 'map.cjm.yaml', loadAssets: readExportAssets }));
  return file;
}

function pageText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

const samples = sampleMaps().filter((s) => /ecommerce-checkout\.cjm|tricky|long-words|template bank/.test(s.name));

describe('PDF export', function () {
  this.timeout(60_000);
  before(function () { requireTool('pdftotext', 'poppler-utils', ['-v']); });

  for (const sample of samples) {
    it(`holds every name as text that copies out as written, in the embedded font, without images: ${sample.name}`, async () => {
      const file = await pdfFile(sample, 'fit');
      const text = squash(pageText(file));
      for (const name of [sample.map.title, ...mapNames(sample.map)]) assert.ok(text.includes(squash(printable(name))), `"${name}" in the text`);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      assert.ok(fonts.length >= 1 && fonts.every((line) => /\+DejaVuSans(-Bold)? .* yes +yes +yes /.test(line)), fonts.join('\n'));
      assert.equal(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length, 2, 'no images');
    });
  }

  it('splits a map across A4 landscape pages, each with lane titles and its stages\' headers', async () => {
    const sample = samples.find((s) => s.name.includes('ecommerce-checkout.cjm'))!;
    const file = await pdfFile(sample, 'a4');
    const pages = Number(/^Pages: +(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    assert.ok(pages > 2, `${pages} pages`);
    const stageNames = sample.map.stages.map((s) => s.name);
    const seen = new Map<string, number>();
    for (let page = 1; page <= pages; page++) {
      const lines = pageText(file, page).split('\n').map((l) => l.trim());
      const here = stageNames.filter((name) => lines.includes(name));
      assert.ok(here.length > 0, `page ${page} has stage headers`);
      for (const name of here) seen.set(name, (seen.get(name) ?? 0) + 1);
    }
    assert.deepEqual([...seen.keys()].sort(), [...stageNames].sort(), 'every stage is on some page');
    for (const [name, count] of seen) assert.ok(count >= 2, `"${name}" heads ${count} page(s): repeated when its lanes run on`);
  });

  it('gives a map without stages one A4 page', () => {
    const plan = planPages(mapScene({ cjm: 1, title: 'Empty', stages: [] }), 'a4');
    assert.equal(plan.pages.length, 1);
  });

  it('keeps a one-page PDF of a very wide map within the 200-inch page limit of PDF readers', () => {
    const stages = Array.from({ length: 80 }, (_, i) => ({ id: `s${i}`, name: `Stage ${i}` }));
    const plan = planPages(mapScene({ cjm: 1, title: 'Wide', stages }), 'fit');
    assert.equal(plan.pages.length, 1);
    assert.ok(plan.pages[0].width <= 14400 && plan.pages[0].width > 14000, `${plan.pages[0].width} pt wide`);
  });

  it('plans pages that cover every stage column and lane row once per column group, within the paper', () => {
    const sample = samples.find((s) => s.name.includes('ecommerce-checkout.cjm'))!;
    const scene = mapScene(sample.map);
    for (const size of ['a4', 'a3'] as const) {
      const plan = planPages(scene, size);
      const { columns, rows } = scene.grid;
      const stageCovers = new Array(columns.length - 2).fill(0);
      const rowCovers = new Array(rows.length - 1).fill(0);
      for (const page of plan.pages) {
        for (const region of page.regions) {
          assert.ok((region.x + region.source.width) * plan.scale <= page.width + 0.01, `${size}: region inside the page width`);
          assert.ok((region.y + region.source.height) * plan.scale <= page.height + 0.01, `${size}: region inside the page height`);
          if (region.source.y < rows[0] || region.source.x < columns[1]) continue;
          columns.slice(1, -1).forEach((x, i) => { if (x >= region.source.x && x < region.source.x + region.source.width) stageCovers[i] += 1; });
          rows.slice(0, -1).forEach((y, i) => { if (y >= region.source.y && y < region.source.y + region.source.height) rowCovers[i] += 1; });
        }
      }
      const groups = new Set(plan.pages.map((p) => p.regions.find((r) => r.source.x >= columns[1] && r.source.y >= rows[0])!.source.x)).size;
      assert.ok(stageCovers.every((n) => n >= 1), `${size}: every stage column is drawn`);
      assert.deepEqual(rowCovers, rowCovers.map(() => groups), `${size}: every lane row once per column group`);
    }
  });
});
