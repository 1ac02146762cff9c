/**
 * Metrics read from data files in the real extension host: a map editor on a map that reads a CSV shows the
 * CSV's latest value and direction; the CSV edited on disk, or in an editor without saving, updates the open
 * map editor and the map's diagnostics; hover on `source:` shows the value, date and last rows.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MetricData } from '../../../src/core/data/types';
import { activated, fixtureUri, positionOf, rangeOf, show, until } from '../../shared/hostHelpers';
import { hoverText } from './languageHelpers';

interface SessionState { panels: number; lastMetricData: Record<string, MetricData> | null }

const MAP = 'data-sources/funnel.cjm.yaml';
const CSV = 'data-sources/data/funnel.csv';
const ORIGINAL_CSV = 'week,visitors\n2026-W01,10000\n2026-W02,11000\n2026-W03,12500\n';

const sessionState = (uri: vscode.Uri) => vscode.commands.executeCommand<SessionState | null>('cjm._test.sessionState', uri.toString());

/** Waits until the map editor's last snapshot shows this value and direction for the first metric. */
async function mapEditorShows(uri: vscode.Uri, value: number, direction: string): Promise<MetricData> {
  return until(async () => {
    const data = (await sessionState(uri))?.lastMetricData?.['stages.0.metrics.0'];
    return data && data.value === value && data.direction === direction ? data : undefined;
  }, `the map editor to show ${value} (${direction})`, 30_000); // a bound on a hang, generous for a loaded machine
}

async function writeCsv(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fixtureUri(CSV), new TextEncoder().encode(text));
}

describe('metrics from data files', function () {
  this.timeout(60_000);
  const mapUri = fixtureUri(MAP);

  before(async () => {
    await activated();
    await writeCsv(ORIGINAL_CSV);
    await vscode.commands.executeCommand('vscode.openWith', mapUri, 'cjm.mapEditor');
    await until(async () => ((await sessionState(mapUri))?.panels ?? 0) > 0 || undefined, 'the map editor session');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await writeCsv(ORIGINAL_CSV);
  });

  it('the map editor shows the CSV value of the latest week, its history and direction', async () => {
    const data = await mapEditorShows(mapUri, 12500, 'progress');
    assert.deepEqual(data, {
      value: 12500, previous: 11000, delta: 1500, direction: 'progress', date: '2026-W03', file: 'data/funnel.csv',
      history: [{ date: '2026-W01', value: 10000 }, { date: '2026-W02', value: 11000 }],
    });
    assert.equal((await sessionState(mapUri))?.lastMetricData?.['stages.1.metrics.0'].value, 2500);
  });

  it('the CSV edited on disk: the map editor shows the new value and direction', async () => {
    await writeCsv(`${ORIGINAL_CSV}2026-W04,9000\n`);
    const data = await mapEditorShows(mapUri, 9000, 'regress');
    assert.deepEqual([data.previous, data.delta, data.date], [12500, -3500, '2026-W04']);
  });

  it('the CSV edited in an editor, unsaved: the map editor follows the editor text', async () => {
    const csv = await vscode.workspace.openTextDocument(fixtureUri(CSV));
    await vscode.window.showTextDocument(csv, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(csv.uri, csv.positionAt(csv.getText().length), '2026-W05,13000\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const data = await mapEditorShows(mapUri, 13000, 'progress');
    assert.deepEqual([data.previous, data.delta, data.date], [9000, 4000, '2026-W05']);
    // The row taken out again in the editor (no focus-dependent commands), and saved: back to the file's value.
    const undo = new vscode.WorkspaceEdit();
    undo.delete(csv.uri, new vscode.Range(csv.positionAt(csv.getText().indexOf('2026-W05')), csv.positionAt(csv.getText().length)));
    assert.ok(await vscode.workspace.applyEdit(undo));
    assert.ok(await csv.save());
    await mapEditorShows(mapUri, 9000, 'regress');
  });

  it('a bad cell in the CSV: a data-not-a-number diagnostic on the map, at its source key; fixed, it goes', async () => {
    const map = await vscode.workspace.openTextDocument(mapUri);
    await writeCsv(`${ORIGINAL_CSV}2026-W04,lots\n`);
    const diagnostic = await until(() => vscode.languages.getDiagnostics(mapUri).find((d) => d.code === 'data-not-a-number'),
      'the data-not-a-number diagnostic');
    assert.equal(diagnostic.message, '"data/funnel.csv", row 5, column "visitors": "lots" is not a number.');
    assert.equal(show(diagnostic.range), show(rangeOf(map, 'source')));
    await writeCsv(ORIGINAL_CSV);
    await until(() => (vscode.languages.getDiagnostics(mapUri).some((d) => d.code === 'data-not-a-number') ? undefined : true),
      'the diagnostic to go');
  });

  it('hover on source: shows the value, its change, and the last rows', async () => {
    const map = await vscode.workspace.openTextDocument(mapUri);
    await until(async () => ((await sessionState(mapUri))?.lastMetricData?.['stages.0.metrics.0'].value === 12500 ? true : undefined),
      'the original data');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', mapUri,
      positionOf(map, 'source: { file: data/funnel.csv', 2));
    const text = hovers.map(hoverText).find((t) => t.includes('**Visitors**'));
    assert.equal(text, [
      '**Visitors**: 12\u202f500 sessions (target 15\u202f000 sessions), 2026-W03',
      '',
      '▲ +1\u202f500 (progress) since the previous row',
      '',
      '| date | value |',
      '| --- | ---: |',
      '| 2026-W03 | 12\u202f500 |',
      '| 2026-W02 | 11\u202f000 |',
      '| 2026-W01 | 10\u202f000 |',
      '',
      'From `data/funnel.csv`',
    ].join('\n'));
  });
});
