import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/cliTypes';
import { diffCommand } from '../../../src/cli/diffCommand';
import { runCli } from '../../../src/cli/runCli';

const OLD = `cjm: 1
title: Магазин
stages:
  - id: discover
    name: Discover
    emotion: -1
    touchpoints:
      - { id: ad, name: Search ad }
  - id: buy
    name: Buy
    touchpoints:
      - { id: pay, name: Pay }
`;
const NEW = OLD.replace('emotion: -1', 'emotion: 1').replace('{ id: pay, name: Pay }', '{ id: pay, name: Оплата }\n      - { id: coupon, name: Coupon }');

describe('cjm diff', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cjm-diff-'));
    writeFileSync(join(dir, 'old.cjm.yaml'), OLD);
    writeFileSync(join(dir, 'new.cjm.yaml'), NEW);
    writeFileSync(join(dir, 'broken.cjm.yaml'), 'cjm: 1\ntitle: [unclosed\n');
    writeFileSync(join(dir, 'map.cjm.yaml'), OLD);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir });
    git('init', '-q');
    git('add', 'map.cjm.yaml');
    git('commit', '-q', '-m', 'map');
    writeFileSync(join(dir, 'map.cjm.yaml'), NEW);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function cjm(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd: dir };
    const code = await runCli({ diff: diffCommand }, ['diff', ...argv], io);
    return { code, stdout, stderr };
  }

  const TEXT = [
    '~ stage "Discover" (discover): emotion −1 → +1',
    '~ touchpoint "Оплата" (pay) in stage "Buy" (buy): name "Pay" → "Оплата"',
    '+ touchpoint "Coupon" (coupon) in stage "Buy" (buy): added',
    '',
  ].join('\n');

  it('exits 0 and prints nothing when the maps are the same', async () => {
    assert.deepEqual(await cjm('old.cjm.yaml', 'old.cjm.yaml'), { code: 0, stdout: '', stderr: '' });
  });

  it('text: exits 1 and prints one signed line per change', async () => {
    assert.deepEqual(await cjm('old.cjm.yaml', 'new.cjm.yaml'), { code: 1, stdout: TEXT, stderr: '' });
  });

  it('md: a summary and a section per stage', async () => {
    const run = await cjm('--format', 'md', 'old.cjm.yaml', 'new.cjm.yaml');
    assert.equal(run.code, 1);
    assert.equal(run.stdout, [
      '### Journey map diff: `old.cjm.yaml` → `new.cjm.yaml`',
      '',
      '**1 touchpoint added, 1 changed; 1 stage changed; emotion at Discover −1 → +1**',
      '',
      '#### stage "Discover" (discover)',
      '',
      '- `~` stage "Discover" (discover): emotion −1 → +1',
      '',
      '#### stage "Buy" (buy)',
      '',
      '- `~` touchpoint "Оплата" (pay): name "Pay" → "Оплата"',
      '- `+` touchpoint "Coupon" (coupon): added',
      '',
    ].join('\n'));
  });

  it('json: {old, new, changes} with the sides as given', async () => {
    const run = await cjm('--format=json', 'old.cjm.yaml', 'new.cjm.yaml');
    assert.equal(run.code, 1);
    assert.deepEqual(JSON.parse(run.stdout), {
      old: 'old.cjm.yaml',
      new: 'new.cjm.yaml',
      changes: [
        { kind: 'changed', type: 'stage', id: 'discover', field: 'emotion', old: -1, new: 1 },
        { kind: 'changed', type: 'touchpoint', id: 'pay', stage: 'buy', field: 'name', old: 'Pay', new: 'Оплата' },
        { kind: 'added', type: 'touchpoint', id: 'coupon', stage: 'buy', old: null, new: { id: 'coupon', name: 'Coupon' } },
      ],
    });
  });

  it('REF:path reads the committed version with git show', async () => {
    assert.deepEqual(await cjm('HEAD:map.cjm.yaml', 'map.cjm.yaml'), { code: 1, stdout: TEXT, stderr: '' });
    assert.deepEqual(await cjm('HEAD:./map.cjm.yaml', 'old.cjm.yaml'), { code: 0, stdout: '', stderr: '' });
  });

  it('exits 2 with the reason on an unreadable side, an unknown ref or path, or a side that does not parse', async () => {
    assert.deepEqual(await cjm('missing.cjm.yaml', 'new.cjm.yaml'),
      { code: 2, stdout: '', stderr: 'cjm diff: cannot read missing.cjm.yaml: no such file or folder\n' });
    const badRef = await cjm('nope:map.cjm.yaml', 'new.cjm.yaml');
    assert.equal(badRef.code, 2);
    assert.match(badRef.stderr, /^cjm diff: cannot read nope:map\.cjm\.yaml: fatal: invalid object name 'nope'\.\n$/);
    assert.deepEqual(await cjm('broken.cjm.yaml', 'new.cjm.yaml'), {
      code: 2, stdout: '',
      stderr: 'broken.cjm.yaml:2:17: cannot compare this map: yaml-syntax Flow sequence in block collection must be sufficiently indented and end with a ].\n',
    });
  });

  it('exits 2 on a usage error', async () => {
    const one = await cjm('old.cjm.yaml');
    assert.equal(one.code, 2);
    assert.match(one.stderr, /^cjm diff: give two maps to compare \(files or REF:path\), not 1\.\n/);
    const format = await cjm('--format', 'html', 'old.cjm.yaml', 'new.cjm.yaml');
    assert.equal(format.code, 2);
    assert.match(format.stderr, /^cjm diff: --format must be one of text, md, json, not "html"\.\n/);
  });
});
