import * as assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliCommand } from '../../../src/cli/cliTypes';
import { parseRenderArgs } from '../../../src/cli/renderCommand';
import { MAP_TEMPLATES } from '../../../src/core/templates';

const ROOT = join(__dirname, '..', '..', '..');

/** `render` bundled by esbuild as in dist/cli.js (the SVG/HTML path needs the webview's JSX settings). */
async function bundledRender(dir: string): Promise<CliCommand> {
  const outfile = join(dir, 'render.cjs');
  await build({
    stdin: { contents: "export { renderCommand } from './src/cli/renderCommand';", resolveDir: ROOT, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', absWorkingDir: ROOT,
  });
  return (createRequire(__filename)(outfile) as { renderCommand: CliCommand }).renderCommand;
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
    assert.throws(() => parseRenderArgs(['m.cjm.yaml', '--format', 'pdf']), /--format must be one of svg, html, md, csv, mermaid, json, not "pdf"/);
    assert.throws(() => parseRenderArgs(['m.cjm.yaml']), /--format is required/);
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

  it('exits 1 with the problems and renders nothing when the map has errors', async () => {
    assert.equal(await render.run(['bad.cjm.yaml', '--format', 'html'], io), 1);
    assert.equal(out.stdout, '');
    assert.match(out.stderr, /^bad\.cjm\.yaml:6:\d+: error unknown-channel /);
    assert.match(out.stderr, /bad\.cjm\.yaml has errors; nothing rendered\.\n$/);
  });
});
