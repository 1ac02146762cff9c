import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importCommand, parseImportArgs } from '../../../src/cli/importCommand';
import { mapSchema } from '../../../src/core/schema';

describe('cjm import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cjm-import-'));
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => { out.stdout += t; }, stderr: (t: string) => { out.stderr += t; }, cwd: dir };
  beforeEach(() => { out.stdout = ''; out.stderr = ''; });
  writeFileSync(join(dir, 'day.mmd'), 'journey\n  title My day\n  section Work\n    Code: 9: Me, Cat\n    Lunch: 4\n');
  writeFileSync(join(dir, 'bad.mmd'), 'journey\n  section Work\n    Code: high: Me\n    Lunch; now: 4\n');

  it('parses its arguments and rejects bad ones', () => {
    assert.deepEqual(parseImportArgs(['d.mmd', '-o', 'd.cjm.yaml']), { file: 'd.mmd', output: 'd.cjm.yaml' });
    assert.deepEqual(parseImportArgs(['--output=x.cjm.yaml', 'd.md']), { file: 'd.md', output: 'x.cjm.yaml' });
    assert.throws(() => parseImportArgs([]), /no diagram file given/);
    assert.throws(() => parseImportArgs(['a.mmd', 'b.mmd']), /give one diagram file/);
    assert.throws(() => parseImportArgs(['a.mmd', '--format', 'x']), /unknown option "--format"/);
  });

  it('writes the map to stdout, exit 0, with a warning per clamped score on stderr', async () => {
    assert.equal(await importCommand.run(['day.mmd'], io), 0);
    const map = mapSchema.parse(parse(out.stdout));
    assert.equal(map.title, 'My day');
    assert.deepEqual(map.stages[0].touchpoints?.map((t) => [t.name, t.emotion, t.personas]), [['Code', 2, undefined], ['Lunch', 1, []]]);
    assert.equal(out.stderr, 'day.mmd:4: warning "Code": score 9 is outside 1..5; taken as 5\n');
  });

  it('writes a new file with -o and never overwrites one (exit 2)', async () => {
    assert.equal(await importCommand.run(['day.mmd', '-o', 'day.cjm.yaml'], io), 0);
    const written = readFileSync(join(dir, 'day.cjm.yaml'), 'utf8');
    assert.ok(written.startsWith('# Imported from a Mermaid journey diagram.'));
    writeFileSync(join(dir, 'day.cjm.yaml'), 'mine');
    assert.equal(await importCommand.run(['day.mmd', '-o', 'day.cjm.yaml'], io), 2);
    assert.equal(readFileSync(join(dir, 'day.cjm.yaml'), 'utf8'), 'mine');
    assert.match(out.stderr, /day\.cjm\.yaml already exists/);
  });

  it('exits 1 with every error and its line, importing nothing', async () => {
    assert.equal(await importCommand.run(['bad.mmd', '-o', 'bad.cjm.yaml'], io), 1);
    assert.equal(out.stdout, '');
    assert.equal(out.stderr, 'bad.mmd:3: error the score of "Code" is not a number: "high"\n'
      + 'bad.mmd:4: error "Lunch" needs ": score" after it\n'
      + 'cjm import: bad.mmd has 2 errors; nothing imported.\n');
  });

  it('exits 2 for a file it cannot read', async () => {
    assert.equal(await importCommand.run(['missing.mmd'], io), 2);
    assert.match(out.stderr, /^cjm import: cannot read missing\.mmd: /);
  });
});
