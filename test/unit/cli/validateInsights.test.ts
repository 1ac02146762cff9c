/**
 * `cjm validate` with insights: the nearest cjm.config.yaml, its problems, severities that fail the run,
 * --no-insights, and SARIF 2.1.0 checked against the official schema (test/fixtures/sarif/sarif-schema-2.1.0.json,
 * sarif-2.1/schema/sarif-schema-2.1.0.json of github.com/oasis-tcs/sarif-spec) with Ajv's draft-04 validator.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { CliIo } from '../../../src/cli/cliTypes';
import { runCli } from '../../../src/cli/runCli';
import { validateCommand } from '../../../src/cli/validateCommand';

const MAP = `cjm: 1
title: Shop
stages:
  - id: buy
    name: Buy
    backstage: { owners: [Web] }
    touchpoints:
      - { id: ad, name: Search ad, emotion: 1 }
      - { id: pay, name: Card payment, emotion: -1 }
`;
const DROP = 'emotion-drop Emotion drops by 2: from 1 at "Search ad" to -1 at "Card payment".';

let root: string;

async function cjm(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd: root };
  const code = await runCli({ validate: validateCommand }, argv, io);
  return { code, stdout, stderr };
}

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('cjm validate: insights', function () {
  this.timeout(20_000); // Ajv compiles the 110 KB SARIF schema; seen at 1.5 s on a loaded machine
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cjm-insights-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reports findings with their default severity and exits 0 for info and warnings', async () => {
    write('shop.cjm.yaml', MAP);
    assert.deepEqual(await cjm('validate', 'shop.cjm.yaml'), { code: 0, stdout: `shop.cjm.yaml:9:49: info ${DROP}\n`, stderr: '' });
  });

  it('--no-insights leaves them out', async () => {
    write('shop.cjm.yaml', MAP);
    assert.deepEqual(await cjm('validate', '--no-insights', 'shop.cjm.yaml'), { code: 0, stdout: '', stderr: '' });
  });

  it('the nearest cjm.config.yaml above a map wins; severity error fails the run', async () => {
    write('cjm.config.yaml', 'rules:\n  emotion-drop: error\n');
    write('team/cjm.config.yaml', 'rules:\n  emotion-drop: off\n');
    write('shop.cjm.yaml', MAP);
    write('team/deep/er/shop.cjm.yaml', MAP);
    assert.deepEqual(await cjm('validate', 'team'), { code: 0, stdout: '', stderr: '' });
    assert.deepEqual(await cjm('validate', '.'), { code: 1, stdout: `shop.cjm.yaml:9:49: error ${DROP}\n`, stderr: '' });
  });

  it('reports the config\'s own problems once, at their place in the config file (an error: exit 1)', async () => {
    write('cjm.config.yaml', 'rules:\n  emotion-drop: warn\n');
    write('a.cjm.yaml', MAP);
    write('b.cjm.yaml', MAP);
    const run = await cjm('validate', '.');
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      'cjm.config.yaml:2:17: error invalid-value The severity of "emotion-drop" cannot be text "warn". Allowed: off, hint, info, warning, error, or a mapping { severity, ...options }. Did you mean "warning"?',
      `a.cjm.yaml:9:49: info ${DROP}`,
      `b.cjm.yaml:9:49: info ${DROP}`,
    ]);
  });

  it('--format sarif writes a SARIF 2.1.0 log that the official schema accepts, with rules, levels and regions', async () => {
    write('maps/shop.cjm.yaml', MAP.replace('    backstage: { owners: [Web] }\n', '').replace('title: Shop', 'title: Shop\nchannels: [{ id: fax, name: Fax }]'));
    const run = await cjm('validate', '--format', 'sarif', 'maps');
    assert.equal(run.code, 0);
    const log = JSON.parse(run.stdout) as SarifLog;
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    const [sarifRun] = log.runs;
    assert.deepEqual(sarifRun.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration?.level]),
      [['emotion-drop', 'note'], ['unowned-stage', 'note'], ['unused-channel', undefined]]);
    assert.deepEqual(sarifRun.results.map((r) => [r.ruleId, r.ruleIndex, r.level, r.locations[0].physicalLocation.region]), [
      ['unused-channel', 2, 'warning', { startLine: 3, startColumn: 18, endLine: 3, endColumn: 21 }],
      ['unowned-stage', 1, 'note', { startLine: 6, startColumn: 11, endLine: 6, endColumn: 14 }],
      ['emotion-drop', 0, 'note', { startLine: 9, startColumn: 49, endLine: 9, endColumn: 51 }],
    ]);
    assert.equal(sarifRun.results[0].locations[0].physicalLocation.artifactLocation.uri, 'maps/shop.cjm.yaml');
  });

  it('the schema check can fail: a log without a result message is rejected', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'cjm' } }, results: [{ ruleId: 'x' }] }] };
    assert.equal(ajv.compile(schema)(bad), false);
  });
});

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; defaultConfiguration?: { level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
  }[];
}
