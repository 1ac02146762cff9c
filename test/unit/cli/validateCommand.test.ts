import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/cliTypes';
import { lineColumnAt, lineStarts } from '../../../src/cli/lineStarts';
import { runCli } from '../../../src/cli/runCli';
import { validateCommand } from '../../../src/cli/validateCommand';
import { ENGLISH_ENV } from './englishEnv';

const REPO = join(__dirname, '..', '..', '..');
const ERRORS = 'test/fixtures/maps/errors.cjm.yaml';
const WARNINGS = 'test/fixtures/maps/warnings.cjm.yaml';

async function cjm(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd: REPO };
  const code = await runCli({ validate: validateCommand }, argv, io);
  return { code, stdout, stderr };
}

describe('cjm validate', () => {
  it('exits 0 with no output for the clean examples folder (insights left out)', async () => {
    assert.deepEqual(await cjm('validate', '--no-insights', 'examples'), { code: 0, stdout: '', stderr: '' });
  });

  it('exits 0 when there are only warnings, and prints them', async () => {
    const run = await cjm('validate', '--no-insights', WARNINGS);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `${WARNINGS}:5:11: warning unused-channel Channel "fax" is declared but no touchpoint uses it (set "channel: fax" on one, or remove it).\n`);
  });

  it('exits 1 on an error; text lines are file:line:column: severity code message (CRLF, Cyrillic, emoji)', async () => {
    const run = await cjm('validate', '--no-insights', ERRORS);
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      `${ERRORS}:4:11: warning unused-channel Channel "web" is declared but no touchpoint uses it (set "channel: web" on one, or remove it).`,
      `${ERRORS}:11:18: error unknown-channel Unknown channel "wbe". Declared channels: web. Did you mean "web"?`,
      `${ERRORS}:12:9: warning empty-stage Stage "два" has no touchpoints. Add at least one under "touchpoints:".`,
    ]);
  });

  it('json: an array of {file, line, column, endLine, endColumn, severity, code, message}', async () => {
    const run = await cjm('validate', '--no-insights', '--format', 'json', ERRORS);
    assert.equal(run.code, 1);
    const problems = JSON.parse(run.stdout) as Record<string, unknown>[];
    assert.deepEqual(problems[1], {
      file: ERRORS, line: 11, column: 18, endLine: 11, endColumn: 21, severity: 'error', code: 'unknown-channel',
      message: 'Unknown channel "wbe". Declared channels: web. Did you mean "web"?',
    });
    assert.deepEqual(JSON.parse((await cjm('validate', '--no-insights', '--format=json', 'examples')).stdout), []);
  });

  it('a folder means every *.cjm.yaml below it, in sorted order', async () => {
    const run = await cjm('validate', '--no-insights', 'test/fixtures/maps');
    const files = [...new Set(run.stdout.trimEnd().split('\n').map((line) => line.split(':')[0]))];
    assert.deepEqual(files, [ERRORS, WARNINGS]);
  });

  it('exits 2 on usage errors, with the reason on stderr', async () => {
    for (const argv of [['validate'], ['validate', '--format', 'xml', ERRORS], ['validate', '--strict', ERRORS], ['lint', ERRORS], []]) {
      const run = await cjm(...argv);
      assert.equal(run.code, 2, argv.join(' '));
      assert.equal(run.stdout, '');
      assert.ok(run.stderr.length > 0);
    }
    assert.match((await cjm('validate', '--format', 'xml', ERRORS)).stderr, /^cjm validate: --format must be one of text, json, sarif, not "xml"\./);
  });

  it('exits 2 for a file that cannot be read, still reporting the others', async () => {
    const run = await cjm('validate', 'no/such.cjm.yaml', WARNINGS);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'cjm validate: cannot read no/such.cjm.yaml: no such file or folder\n');
    assert.match(run.stdout, /unused-channel/);
  });

  it('counts columns in UTF-16 code units and ends lines at CRLF, LF and CR', () => {
    const text = '😀a\r\nб\rc\nd';
    const starts = lineStarts(text);
    assert.deepEqual(starts, [0, 5, 7, 9]);
    assert.deepEqual(lineColumnAt(starts, 2), { line: 1, column: 3 });
    assert.deepEqual(lineColumnAt(starts, 8), { line: 3, column: 2 });
    assert.deepEqual(lineColumnAt(starts, 9), { line: 4, column: 1 });
  });

  it('the real entry point sets the process exit code', async function () {
    this.timeout(20000);
    const dir = mkdtempSync(join(tmpdir(), 'cjm-cli-'));
    try {
      writeFileSync(join(dir, 'bad.cjm.yaml'), 'cjm: 3\ntitle: x\nstages: []\n');
      const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        execFile(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli.ts'), 'validate', dir], { cwd: REPO, env: ENGLISH_ENV }, (error, stdout) => {
          resolve({ code: error ? (error as { code?: number }).code ?? null : 0, stdout });
        });
      });
      assert.equal(result.code, 1);
      assert.equal(result.stdout, `${join(dir, 'bad.cjm.yaml')}:1:6: error unsupported-version Unsupported format version 3: this extension reads version 1 ("cjm: 1").\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cjm validate: journey links across the maps of a folder', () => {
  const HUB = 'test/fixtures/workspace/journeys/hub.cjm.yaml';

  it('reports a link to a map that is not among the maps read, with line, column and did-you-mean', async () => {
    const run = await cjm('validate', 'test/fixtures/workspace/journeys');
    assert.equal(run.code, 1);
    assert.equal(run.stdout, `${HUB}:15:18: error unknown-journey Unknown journey "journey-suport": no map in the workspace has this id. Did you mean "journey-support"?\n`);
  });

  it('reports the link to the other map as unknown too when that map was not given', async () => {
    const run = await cjm('validate', HUB);
    assert.deepEqual(run.stdout.trimEnd().split('\n').map((l) => l.split(' Unknown')[0]), [
      `${HUB}:10:14: error unknown-journey`,
      `${HUB}:15:18: error unknown-journey`,
    ]);
  });
});
