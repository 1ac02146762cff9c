/**
 * Insights in the real extension host: diagnostics with the severities of the nearest cjm.config.yaml, re-checked
 * as the config is typed in, config diagnostics and completion, and the quick fixes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, cjmDiagnostics, closeAll, openFixture, rangeOf, show, until } from './languageHelpers';

const summary = (d: vscode.Diagnostic) => `${d.code} ${vscode.DiagnosticSeverity[d.severity]} ${show(d.range)}`;
const MAP = 'insights/friction.cjm.yaml';
const CONFIG = 'insights/cjm.config.yaml';

/** Replaces the first `from` in an open document with `to`. */
async function replace(document: vscode.TextDocument, from: string, to: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, rangeOf(document, from), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('insights', () => {
  before(activated);
  afterEach(closeAll);

  it('shows the findings with the severities of the nearest cjm.config.yaml', async () => {
    const document = await openFixture(MAP);
    const found = await until(() => {
      const d = cjmDiagnostics(document.uri);
      return d.length === 7 ? d : undefined;
    }, 'seven insight diagnostics');
    // The range of `needle` where it first occurs inside the first `within`.
    const at = (needle: string, within = needle) => {
      const start = rangeOf(document, within).start.translate(0, within.indexOf(needle));
      return show(new vscode.Range(start, start.translate(0, needle.length)));
    };
    assert.deepEqual(found.map(summary), [
      `review-due Information ${at('2024-01-15')}`,
      `unowned-stage Hint ${at('Pay')}`,
      `conversion-drop Information ${at('300')}`,
      `metric-off-target Warning ${at('300')}`,
      `emotion-drop Information ${at('-1', 'emotion: -1')}`,
      `negative-moment-of-truth Error ${at('true')}`,
      `pain-without-opportunity Information ${at('pains')}`,
    ]);
    assert.equal(found.find((d) => d.code === 'negative-moment-of-truth')?.message,
      'Moment of truth "Card payment" feels negative (-1) and has no opportunity to improve it: add one under "opportunities:".');
  });

  it('re-checks the maps as the config is typed in, and reports the config\'s own problems', async () => {
    const map = await openFixture(MAP);
    await until(() => cjmDiagnostics(map.uri).find((d) => d.code === 'emotion-drop'), 'the emotion-drop finding');
    const config = await openFixture(CONFIG);
    await replace(config, 'emotion-drop: info', 'emotion-drop: off');
    await until(() => (cjmDiagnostics(map.uri).some((d) => d.code === 'emotion-drop') ? undefined : true), 'emotion-drop switched off');
    await replace(config, 'emotion-drop: off', 'emotion-drop: warn');
    const problem = await until(() => vscode.languages.getDiagnostics(config.uri).find((d) => d.code === 'invalid-value'), 'the config problem');
    assert.equal(show(problem.range), show(rangeOf(config, 'warn')));
    assert.equal(problem.message, 'The severity of "emotion-drop" cannot be text "warn". Allowed: off, hint, info, warning, error, or a mapping { severity, ...options }. Did you mean "warning"?');
    await replace(config, 'emotion-drop: warn', 'emotion-drop: info');
    await until(() => cjmDiagnostics(map.uri).find((d) => d.code === 'emotion-drop'), 'emotion-drop back');
    assert.equal(config.getText().includes('emotion-drop: info'), true);
  });

  it('completes rule codes and levels in cjm.config.yaml', async () => {
    const config = await openFixture(CONFIG);
    const levels = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider',
      config.uri, rangeOf(config, 'info').end);
    const sorted = [...levels.items].sort((a, b) => (a.sortText ?? String(a.label)).localeCompare(b.sortText ?? String(b.label)));
    assert.deepEqual(sorted.map((i) => i.label).filter((l) => ['off', 'hint', 'info', 'warning', 'error'].includes(String(l))),
      ['off', 'hint', 'info', 'warning', 'error']);
  });

  it('offers the quick fixes: reviewed today, an opportunity stub, an owner', async () => {
    const document = await openFixture(MAP);
    await until(() => (cjmDiagnostics(document.uri).length === 7 ? true : undefined), 'the findings');
    const titles = async (needle: string) => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider',
      document.uri, rangeOf(document, needle))).map((a) => a.title);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    assert.ok((await titles('2024-01-15')).includes(`Set "reviewed: ${today}"`));
    assert.ok((await titles('moment-of-truth: true')).includes('Add an opportunity to touchpoint "Card payment"'));
    assert.ok((await titles('name: Pay')).includes('Add an owner to touchpoint "Card payment"'));
    const [fix] = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider',
      document.uri, rangeOf(document, '2024-01-15'))).filter((a) => a.title.startsWith('Set "reviewed'));
    assert.ok(fix.edit && await vscode.workspace.applyEdit(fix.edit));
    assert.ok(document.getText().includes(`reviewed: ${today}\n`));
    await until(() => (cjmDiagnostics(document.uri).some((d) => d.code === 'review-due') ? undefined : true), 'review-due gone');
  });
});
