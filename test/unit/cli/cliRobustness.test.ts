import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manyProblems } from '../../../bench/hostileMaps';
import type { CliIo } from '../../../src/cli/cliTypes';
import { findMapFiles, type SearchFileSystem } from '../../../src/cli/findMapFiles';
import { pipeWriter } from '../../../src/cli/pipeWriter';
import { runCli } from '../../../src/cli/runCli';
import { validateCommand } from '../../../src/cli/validateCommand';
import { ENGLISH_ENV } from './englishEnv';

const REPO = join(__dirname, '..', '..', '..');
const BAD = 'cjm: 3\ntitle: x\nstages: []\n';
const badLine = (file: string) => `${file}:1:6: error unsupported-version Unsupported format version 3: this extension reads version 1 ("cjm: 1").\n`;

async function validate(cwd: string, args: string[], fileSystem?: SearchFileSystem): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd, fileSystem };
  const code = await runCli({ validate: validateCommand }, ['validate', ...args], io);
  return { code, stdout, stderr };
}

/** Runs the real entry point (from the repository, for tsx); `readFirstChunkOnly` closes the pipe after the first output, as `| head` does. */
function runEntry(args: string[], readFirstChunkOnly = false): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli.ts'), ...args], { cwd: REPO, env: ENGLISH_ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (readFirstChunkOnly) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('cjm validate: files, folders and pipes', () => {
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cjm-cli-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a reader that closes early (| head) ends the run quietly: no EPIPE trace, the exit code of the check', async function () {
    this.timeout(30000);
    writeFileSync(join(dir, 'big.cjm.yaml'), manyProblems(5000));
    const run = await runEntry(['validate', join(dir, 'big.cjm.yaml')], true);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    assert.ok(run.stdout.startsWith(`${join(dir, 'big.cjm.yaml')}:`), run.stdout.slice(0, 80));
  });

  it('a map with 130,000 problems prints 1,000 and a count of the rest, exit 1 (it overflowed the stack: exit 2)', async function () {
    this.timeout(60000);
    writeFileSync(join(dir, 'many.cjm.yaml'), manyProblems(130_000));
    const run = await validate(dir, ['many.cjm.yaml']);
    const lines = run.stdout.trimEnd().split('\n');
    assert.deepEqual([run.code, run.stderr, lines.length], [1, '', 1001]);
    // "tags: [" and 1,000 items of "1,": the first item left out starts at column 2,008 of line 4.
    assert.equal(lines[1000], 'many.cjm.yaml:4:2008: info too-many-problems … and 129,000 more problems: a file lists at most 1,000. Fix these to see the rest.');
  });

  it('a write error other than EPIPE is reported once and stops the output', () => {
    let onError: (error: NodeJS.ErrnoException) => void = () => undefined;
    const written: string[] = [];
    const reports: string[] = [];
    const write = pipeWriter({ write: (t) => written.push(t), on: (_e, listener) => { onError = listener; } }, (m) => reports.push(m));
    write('a');
    onError(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    onError(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    write('b');
    assert.deepEqual([written, reports], [['a'], ['cjm: cannot write the output: disk full\n']]);
  });

  it('follows a symbolic link to a map, and a linked folder that loops back is searched once', async () => {
    mkdirSync(join(dir, 'maps'));
    writeFileSync(join(dir, 'elsewhere.yaml'), BAD);
    writeFileSync(join(dir, 'maps', 'own.cjm.yaml'), BAD);
    symlinkSync(join(dir, 'elsewhere.yaml'), join(dir, 'maps', 'linked.cjm.yaml'));
    symlinkSync(join(dir, 'maps'), join(dir, 'maps', 'again'));
    const run = await validate(dir, ['maps']);
    assert.deepEqual(run, { code: 1, stdout: badLine(join('maps', 'linked.cjm.yaml')) + badLine(join('maps', 'own.cjm.yaml')), stderr: '' });
  });

  it('a broken link is reported, the other maps are still checked, exit 2', async () => {
    writeFileSync(join(dir, 'ok.cjm.yaml'), BAD);
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'broken.cjm.yaml'));
    const run = await validate(dir, ['.']);
    assert.deepEqual(run, { code: 2, stdout: badLine('ok.cjm.yaml'),
      stderr: 'cjm validate: cannot read broken.cjm.yaml: broken link (no such file or folder)\n' });
  });

  it('an unreadable subfolder is reported, the readable maps are still checked, exit 2 at the end', async () => {
    mkdirSync(join(dir, 'locked'));
    mkdirSync(join(dir, 'open'));
    writeFileSync(join(dir, 'locked', 'hidden.cjm.yaml'), BAD);
    writeFileSync(join(dir, 'open', 'seen.cjm.yaml'), BAD);
    // Permissions do not stop root, so the folder is made unreadable at the file-system seam.
    const lockedFs: SearchFileSystem = {
      stat: (p) => import('node:fs/promises').then((fs) => fs.stat(p)),
      realpath: (p) => import('node:fs/promises').then((fs) => fs.realpath(p)),
      readdir: (p, options) => (p.endsWith('locked')
        ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
        : readdir(p, options)),
    };
    const run = await validate(dir, ['.'], lockedFs);
    assert.deepEqual(run, { code: 2, stdout: badLine(join('open', 'seen.cjm.yaml')),
      stderr: 'cjm validate: cannot read locked: permission denied\n' });
  });

  it('skips a FIFO named like a map with a note, and refuses one named on the command line, without hanging', async function () {
    this.timeout(20000);
    writeFileSync(join(dir, 'ok.cjm.yaml'), BAD);
    execFileSync('mkfifo', [join(dir, 'pipe.cjm.yaml')]);
    const folder = await validate(dir, ['.']);
    assert.deepEqual(folder, { code: 1, stdout: badLine('ok.cjm.yaml'),
      stderr: 'cjm validate: skipped pipe.cjm.yaml: not a regular file (a FIFO)\n' });
    const named = await validate(dir, ['pipe.cjm.yaml', 'ok.cjm.yaml']);
    assert.deepEqual(named, { code: 2, stdout: badLine('ok.cjm.yaml'),
      stderr: 'cjm validate: cannot read pipe.cjm.yaml: not a regular file (a FIFO)\n' });
    assert.deepEqual((await findMapFiles('pipe.cjm.yaml', dir)).files, []);
  });

  it('prints no Node warning on stderr for a collection used as a key', async function () {
    this.timeout(20000);
    writeFileSync(join(dir, 'key.cjm.yaml'), 'cjm: 1\ntitle: x\n[a, b]: 1\nstages: []\n');
    const run = await runEntry(['validate', join(dir, 'key.cjm.yaml')]);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    assert.ok(run.stdout.startsWith(`${join(dir, 'key.cjm.yaml')}:`), run.stdout);
    assert.match(run.stdout, /: error unknown-key Unknown key "\[ a, b \]" in the map\./);
  });
});
