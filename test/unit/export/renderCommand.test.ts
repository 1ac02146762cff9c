import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliCommand } from '../../../src/cli/cliTypes';
import { parseRenderArgs } from '../../../src/cli/renderCommand';
import { MAP_TEMPLATES } from '../../../src/core/templates';
import { pngSize, requireTool } from './exportTools';

const ROOT = join(__dirname, '..', '..', '..');

/** `render` bundled by esbuild as in dist/cli.js (the HTML path needs the webview's JSX settings), with its assets. */
async function bundledRender(dir: string): Promise<CliCommand> {
  const outfile = join(dir, 'render.cjs');
  await build({
    stdin: { contents: "export { renderCommand } from './src/cli/renderCommand';", resolveDir: ROOT, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', absWorkingDir: ROOT,
  });
  // The font and resvg's module lie beside the bundle, as scripts/build.mjs puts them beside dist/cli.js.
  const require = createRequire(__filename);
  mkdirSync(join(dir, 'fonts'));
  for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) copyFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${font}`), join(dir, 'fonts', font));
  copyFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'), join(dir, 'resvg.wasm'));
  return (require(outfile) as { renderCommand: CliCommand }).renderCommand;
}

describe('cjm render', function () {
  this.timeout(30000);
  const dir = mkdtempSync(join(tmpdir(), 'cjm-render-'));
  let render: CliCommand;
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => { out.stdout += t; }, stderr: (t: string) => { out.stderr += t; }, cwd: dir };
  before(async () => {
    render = await bundledRender(dir);
    writeFileSync(join(dir, 'shop.cjm.yaml'), MAP_TEMPLATES.find((t) => t.id === 'ecommerce-checkout')!.text);
    writeFileSync(join(dir, 'bad.cjm.yaml'), 'cjm: 1\ntitle: Bad\nstages:\n  - id: s\n    name: S\n    touchpoints: [{ id: t, name: T, channel: nowhere }]\n');
  });
  beforeEach(() => { out.stdout = ''; out.stderr = ''; });

  it('parses its arguments and rejects bad ones', () => {
    assert.deepEqual(parseRenderArgs(['m.cjm.yaml', '--format', 'svg', '-o', 'm.svg']), { file: 'm.cjm.yaml', format: 'svg', output: 'm.svg' });
    assert.deepEqual(parseRenderArgs(['--format=md', 'm.cjm.yaml']), { file: 'm.cjm.yaml', format: 'md', output: undefined });
    assert.deepEqual(parseRenderArgs(['m.cjm.yaml', '--format=png', '--scale', '2', '-o', 'm.png']), { file: 'm.cjm.yaml', format: 'png', output: 'm.png', scale: 2 });
    assert.deepEqual(parseRenderArgs(['m.cjm.yaml', '--format', 'pdf', '--page=a3', '-o', 'm.pdf']), { file: 'm.cjm.yaml', format: 'pdf', output: 'm.pdf', page: 'a3' });
    assert.throws(() => parseRenderArgs(['m.cjm.yaml', '--format', 'gif']), /--format must be one of svg, png, pdf, html, md, csv, mermaid, json, not "gif"/);
    assert.throws(() => parseRenderArgs(['m.cjm.yaml', '--format', 'pdf']), /--format pdf writes a file: give -o FILE\./);
    assert.throws(() => parseRenderArgs(['m.cjm.yaml', '--format', 'png', '--scale', '0', '-o', 'm.png']), /--scale must be a number from 0\.25 to 8, not "0"/);
    assert.throws(() => parseRenderArgs(['m.cjm.yaml', '--format', 'pdf', '--page', 'letter', '-o', 'm.pdf']), /--page must be one of fit, a4, a3, not "letter"/);
    assert.throws(() => parseRenderArgs(['m.cjm.yaml', '--format', 'svg', '--page', 'a4']), /--page applies to --format pdf only/);
    assert.throws(() => parseRenderArgs(['m.cjm.yaml']), /--format is required/);
    assert.deepEqual(parseRenderArgs(['m.cjm.yaml', '--allow-remote-images', '--format', 'html']), { file: 'm.cjm.yaml', format: 'html', output: undefined, allowRemoteImages: true });
    assert.throws(() => parseRenderArgs(['--format', 'md']), /no map file given/);
  });

  it('writes Markdown to stdout', async () => {
    assert.equal(await render.run(['shop.cjm.yaml', '--format', 'md'], io), 0);
    assert.ok(out.stdout.startsWith('# First online purchase\n'));
  });

  it('writes an SVG file with -o', async () => {
    assert.equal(await render.run(['shop.cjm.yaml', '--format', 'svg', '-o', 'shop.svg'], io), 0);
    const svg = readFileSync(join(dir, 'shop.svg'), 'utf8');
    assert.ok(svg.startsWith('<?xml') && svg.includes('Parcel at the door') && svg.includes('shop.cjm.yaml'));
    assert.equal(out.stdout, '');
  });

  it('writes a PNG at --scale 2: twice the size of the SVG, drawn without a browser', async () => {
    assert.equal(await render.run(['shop.cjm.yaml', '--format', 'svg', '-o', 'shop.svg'], io), 0);
    assert.equal(await render.run(['shop.cjm.yaml', '--format', 'png', '--scale', '2', '-o', 'shop.png'], io), 0);
    const svg = readFileSync(join(dir, 'shop.svg'), 'utf8');
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    assert.deepEqual(pngSize(readFileSync(join(dir, 'shop.png'))), { width: 2 * width, height: 2 * height });
  });

  it('writes an A4 PDF whose pages are A4 landscape', async function () {
    requireTool('pdfinfo', 'poppler-utils', ['-v']);
    assert.equal(await render.run(['shop.cjm.yaml', '--format', 'pdf', '--page', 'a4', '-o', 'shop.pdf'], io), 0);
    const info = execFileSync('pdfinfo', [join(dir, 'shop.pdf')], { encoding: 'utf8' });
    assert.match(info, /^Page size: +841\.89 x 595\.28 pts \(A4\)$/m);
    assert.match(info, /^Title: +First online purchase$/m);
  });

  it('embeds workspace images as data URIs in HTML and SVG, as images in the PDF, and draws a placeholder for a remote one', async function () {
    mkdirSync(join(dir, 'story', 'images'), { recursive: true });
    for (const file of ['restaurant-storyboard.cjm.yaml', 'images/maria.png', 'images/jonas.png', 'images/book.svg', 'images/arrive.svg']) {
      copyFileSync(join(ROOT, 'examples', file), join(dir, 'story', file));
    }
    const base64 = (file: string) => readFileSync(join(ROOT, 'examples', 'images', file)).toString('base64');
    assert.equal(await render.run(['story/restaurant-storyboard.cjm.yaml', '--format', 'html', '-o', 'story.html'], io), 0);
    const html = readFileSync(join(dir, 'story.html'), 'utf8');
    assert.ok(html.includes(`<img src="data:image/png;base64,${base64('maria.png')}" alt="Photo of Maria, plans the evening"`));
    assert.ok(html.includes(`src="data:image/svg+xml;base64,${base64('arrive.svg')}" alt="Storyboard frame of Arrive"`));
    assert.match(html, /<span role="img" aria-label="Storyboard frame of Pay and leave: Remote image blocked: journeyMaps\.preview\.allowRemoteImages is off"[^>]* data-unavailable="remote-blocked" class="picture picture--frame picture--placeholder">/);
    assert.doesNotMatch(html, /src="https:/);
    assert.equal(await render.run(['story/restaurant-storyboard.cjm.yaml', '--format', 'svg', '-o', 'story.svg'], io), 0);
    const svg = readFileSync(join(dir, 'story.svg'), 'utf8');
    assert.equal([...svg.matchAll(/<image [^>]*xlink:href="data:image\/(png|svg\+xml);base64,/g)].length, 4);
    assert.ok(svg.includes(`xlink:href="data:image/png;base64,${base64('jonas.png')}"`));
    assert.ok(svg.includes('>Remote image blocked:'));
    requireTool('pdfimages', 'poppler-utils', ['-v']);
    assert.equal(await render.run(['story/restaurant-storyboard.cjm.yaml', '--format', 'pdf', '-o', 'story.pdf'], io), 0);
    const list = execFileSync('pdfimages', ['-list', join(dir, 'story.pdf')], { encoding: 'utf8' });
    // The two PNG photos as they are; the two SVG frames drawn to PNG by resvg at 3× (240×120 → 720×360), with their alpha masks.
    assert.deepEqual(list.split('\n').slice(2).filter(Boolean).map((line) => line.trim().split(/\s+/).slice(2, 5).join(' ')),
      ['image 96 96', 'image 96 96', 'image 720 360', 'smask 720 360', 'image 720 360', 'smask 720 360']);
    assert.equal(out.stderr, '');
  });

  it('exits 1 with the problems and renders nothing when the map has errors', async () => {
    assert.equal(await render.run(['bad.cjm.yaml', '--format', 'html'], io), 1);
    assert.equal(out.stdout, '');
    assert.match(out.stderr, /^bad\.cjm\.yaml:6:\d+: error unknown-channel /);
    assert.match(out.stderr, /bad\.cjm\.yaml has errors; nothing rendered\.\n$/);
  });
});
