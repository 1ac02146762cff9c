import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/cliTypes';
import { renderCommand } from '../../../src/cli/renderCommand';
import { runCli } from '../../../src/cli/runCli';
import { validateCommand } from '../../../src/cli/validateCommand';

const MAP = `cjm: 1
title: Shop
stages:
  - id: discover
    name: Discover
    metrics:
      - id: visitors
        name: Visitors
        target: 15000
        source: { file: data/funnel.csv, column: visitors, date-column: week }
    touchpoints:
      - { id: ad, name: Ad }
  - id: buy
    name: Buy
    metrics:
      - { id: visitors, name: Buyers, source: { file: data/kpi.json, pointer: /buyers } }
    touchpoints:
      - { id: pay, name: Pay }
`;

describe('cjm with metric sources', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'cjm-data-'));
  mkdirSync(join(workspace, 'maps', 'data'), { recursive: true });
  writeFileSync(join(workspace, 'maps', 'shop.cjm.yaml'), MAP);
  writeFileSync(join(workspace, 'maps', 'data', 'funnel.csv'), 'week,visitors\n2026-W02,11000\n2026-W03,10500\n');
  writeFileSync(join(workspace, 'maps', 'data', 'kpi.json'), '{"buyers": 2100}');
  writeFileSync(join(workspace, 'maps', 'typo.cjm.yaml'), MAP.replace('column: visitors', 'column: visitorz'));

  async function cjm(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const out = { stdout: '', stderr: '' };
    const io: CliIo = { stdout: (t) => { out.stdout += t; }, stderr: (t) => { out.stderr += t; }, cwd: workspace };
    const code = await runCli({ validate: validateCommand, render: renderCommand }, argv, io);
    return { code, ...out };
  }

  it('validate resolves sources: a wrong column is an error at its line and column', async () => {
    const run = await cjm('validate', '--no-insights', 'maps');
    assert.equal(run.code, 1);
    assert.equal(run.stdout, 'maps/typo.cjm.yaml:10:50: error data-column-missing "data/funnel.csv" has no column "visitorz". '
      + 'Its columns: "week", "visitors". Did you mean "visitors"?\n');
  });

  it('render --format json writes the map with each sourced metric resolved', async () => {
    const run = await cjm('render', 'maps/shop.cjm.yaml', '--format', 'json');
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { file: string; mapId: string; map: { stages: { metrics: Record<string, unknown>[] }[] } };
    assert.deepEqual([out.file, out.mapId], ['shop.cjm.yaml', 'shop']);
    assert.deepEqual(out.map.stages[0].metrics[0], {
      id: 'visitors', name: 'Visitors', target: 15000, source: { file: 'data/funnel.csv', column: 'visitors', 'date-column': 'week' },
      value: 10500, previous: 11000, delta: -500, direction: 'regress', date: '2026-W03', history: [{ date: '2026-W02', value: 11000 }],
    });
    assert.equal(out.map.stages[1].metrics[0].value, 2100);
  });

  it('exports use resolved values: Markdown shows the value read from the file', async () => {
    const run = await cjm('render', 'maps/shop.cjm.yaml', '--format', 'md');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /\| Visitors \| 10\u202f500 \| 15\u202f000 \| {3}\|/, 'numbers grouped as the map editor shows them');
    assert.match(run.stdout, /\| Buyers \| 2\u202f100 \| {3}\| {3}\|/);
  });

  it('render refuses a map whose data has errors, and says why', async () => {
    const run = await cjm('render', 'maps/typo.cjm.yaml', '--format', 'md');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /maps\/typo\.cjm\.yaml:10:50: error data-column-missing/);
  });
});
