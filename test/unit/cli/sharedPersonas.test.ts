import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/cliTypes';
import { renderCommand } from '../../../src/cli/renderCommand';
import { runCli } from '../../../src/cli/runCli';
import { validateCommand } from '../../../src/cli/validateCommand';

const REPO = join(__dirname, '..', '..', '..');

async function cjm(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd };
  const code = await runCli({ validate: validateCommand, render: renderCommand }, argv, io);
  return { code, stdout, stderr };
}

describe('cjm and shared personas', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cjm-personas-'));
    mkdirSync(join(dir, 'maps'));
    writeFileSync(join(dir, 'team.personas.yaml'), readFileSync(join(REPO, 'examples/personas/team.personas.yaml')));
    writeFileSync(join(dir, 'maps', 'support.cjm.yaml'), readFileSync(join(REPO, 'examples/personas/support-call.cjm.yaml'), 'utf8')
      .replace('use: tom', 'use: thom').replaceAll('[tom', '[thom').replaceAll('{ tom:', '{ thom:'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('validates the example folder, whose maps use its shared personas, without a problem', async () => {
    assert.deepEqual(await cjm(REPO, 'validate', '--no-insights', 'examples/personas'), { code: 0, stdout: '', stderr: '' });
  });

  it('reports a use: that no personas file of the folder defines, at the id, with a did-you-mean', async () => {
    const run = await cjm(dir, 'validate', '--no-insights', '.');
    assert.equal(run.stdout, 'maps/support.cjm.yaml:6:10: error unknown-shared-persona Unknown shared persona "thom": no *.personas.yaml file of the workspace defines it. Did you mean "tom"?\n');
    assert.equal(run.code, 1);
  });

  it('reports the problems of a personas file it reads', async () => {
    writeFileSync(join(dir, 'team.personas.yaml'), 'personas:\n  - id: tom\n    nam: Tom\n');
    const run = await cjm(dir, 'validate', '--no-insights', 'team.personas.yaml');
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      'team.personas.yaml:2:9: error missing-key Missing required key "name" in persona "tom". A persona needs: id, name.',
      'team.personas.yaml:3:5: error unknown-key Unknown key "nam" in persona "tom". Allowed keys: id, name, description, goals, frustrations, quote, color, image. Did you mean "name"?',
    ]);
  });

  it('renders a map with its shared persona inlined from the personas files of the current folder', async () => {
    const run = await cjm(join(REPO, 'examples/personas'), 'render', '--format', 'md', 'support-call.cjm.yaml');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /## Personas\n\n### Tom, loyal customer\n\nOrders every month and knows the shop well\.\n/);
  });

  it('refuses to render a map whose shared persona no personas file defines', async () => {
    const run = await cjm(dir, 'render', '--format', 'md', 'maps/support.cjm.yaml');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^maps\/support\.cjm\.yaml:6:10: error unknown-shared-persona Unknown shared persona "thom"/);
  });
});
