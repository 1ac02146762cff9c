/** Diagnostics from the core's problems, the code-path check, refresh as you type, clear on close, Validate All. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activated, cjmDiagnostics, closeAll, fixtureUri, openFixture, openScratch, rangeOf, show, until,
} from './languageHelpers';

const summary = (d: vscode.Diagnostic) => `${d.code} ${vscode.DiagnosticSeverity[d.severity]} ${show(d.range)}`;

describe('language: diagnostics', () => {
  before(activated);
  after(closeAll);

  it('Validate All fills the Problems panel for maps that are not open', async () => {
    const result = await vscode.commands.executeCommand<{ maps: number; errors: number; warnings: number }>('cjm.validateAll');
    assert.ok(result.maps >= 3, `found ${result.maps} maps`);
    assert.ok(result.errors >= 5);
    const broken = cjmDiagnostics(fixtureUri('lang-broken.cjm.yaml'));
    assert.deepEqual(broken.map(summary), [
      'unused-channel Warning 7:8-7:11',
      'unknown-channel Error 15:17-15:20',
      'unknown-key Error 17:8-17:15',
      'duplicate-id Error 18:12-18:16',
      'unknown-channel Error 20:17-20:22',
      'invalid-emotion Error 22:17-22:18',
    ]);
    assert.deepEqual(cjmDiagnostics(fixtureUri('harness/minimal.cjm.yaml')), []);
  });

  it('shows the core problems of an open map with codes, source and messages', async () => {
    const document = await openFixture('lang-broken.cjm.yaml');
    const diagnostics = await until(() => {
      const found = cjmDiagnostics(document.uri);
      return found.length === 6 ? found : undefined;
    }, 'six diagnostics');
    const unknown = diagnostics.find((d) => d.code === 'unknown-channel');
    assert.ok(unknown);
    assert.equal(unknown.message, 'Unknown channel "wbe". Declared channels: web. Did you mean "web"?');
    assert.equal(show(unknown.range), show(rangeOf(document, 'wbe')));
    const unused = diagnostics.find((d) => d.code === 'unused-channel');
    assert.deepEqual(unused?.tags, [vscode.DiagnosticTag.Unnecessary]);
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-id');
    assert.deepEqual(duplicate?.relatedInformation?.map((r) => `${r.location.uri.toString()} ${show(r.location.range)} ${r.message}`),
      [`${document.uri.toString()} 13:12-13:16 The first touchpoint "home" is declared here.`]);
  });

  it('warns about a code: path that does not exist, not about one that does', async () => {
    const document = await openFixture('lang-checkout.cjm.yaml');
    const missing = await until(() => cjmDiagnostics(document.uri).find((d) => d.code === 'missing-code-path'), 'missing-code-path');
    assert.equal(show(missing.range), show(rangeOf(document, 'lang-src/missing.ts')));
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(missing.message, 'Code path "lang-src/missing.ts" does not exist in the workspace (paths are relative to the workspace folder).');
    assert.deepEqual(cjmDiagnostics(document.uri).map((d) => d.code), ['missing-code-path']);
  });

  it('refreshes as the user types and clears when the map closes', async () => {
    const document = await openScratch('cjm: 1\ntitle: Typing\nchannels:\n  - id: web\n    name: Web\nstages:\n  - id: s\n    name: S\n    touchpoints:\n      - id: t\n        name: T\n        channel: web\n');
    await until(() => (cjmDiagnostics(document.uri).length === 0 ? true : undefined), 'a clean scratch map');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, rangeOf(document, 'web', 1), 'webb');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await until(() => {
      const found = cjmDiagnostics(document.uri);
      return found.some((d) => d.code === 'unknown-channel') ? found : undefined;
    }, 'unknown-channel after typing');
    assert.deepEqual(diagnostics.map(summary), ['unused-channel Warning 3:8-3:11', 'unknown-channel Error 11:17-11:21']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until(() => (cjmDiagnostics(document.uri).length === 0 ? true : undefined), 'diagnostics cleared on close');
  });
});
