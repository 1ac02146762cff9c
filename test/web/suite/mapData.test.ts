/**
 * Metric sources in the browser build: the data file is read through `workspace.fs` from the web worker
 * extension host (a `;`-separated CSV with Cyrillic headers): a wrong column is a diagnostic that lists the file's
 * columns, and hover on `source:` shows the value read.
 */
import * as vscode from 'vscode';
import { equal, ok } from '../../shared/assert';
import { activated, closeAll, openFixture, positionOf, show, until } from '../../shared/hostHelpers';

const hoverText = (hover: vscode.Hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

describe('browser build: metrics from data files', () => {
  before(activated);
  after(closeAll);

  it('reads the CSV through workspace.fs: a wrong column is reported with the columns the file has', async () => {
    const document = await openFixture('web/data.cjm.yaml');
    const diagnostic = await until(() => vscode.languages.getDiagnostics(document.uri).find((d) => d.code === 'data-column-missing'),
      'the data-column-missing diagnostic');
    equal(diagnostic.message, '"data/funnel.csv" has no column "посетитель". Its columns: "неделя", "посетители". Did you mean "посетители"?');
    const start = positionOf(document, 'column: посетитель }', 8);
    equal(show(diagnostic.range), show(new vscode.Range(start, start.translate(0, 'посетитель'.length))));
  });

  it('hover on source: shows the value read from the file and its change', async () => {
    const document = await openFixture('web/data.cjm.yaml');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri,
      positionOf(document, 'source: { file: data/funnel.csv, column: посетители', 2));
    const text = hovers.map(hoverText).find((t) => t.includes('**Visitors**'));
    ok(text, `a Visitors hover among ${hovers.length}`);
    equal(text!.split('\n').slice(0, 3).join('\n'), '**Visitors**: 9\u202f500, 2026-W02\n\n▼ −500 (regress) since the previous row');
  });
});
