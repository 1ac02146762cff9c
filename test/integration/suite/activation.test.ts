/**
 * The extension in the real extension host: opening a map activates it (the map's problems appear without
 * anyone calling `activate()`), it sets the language, opens the map editor, and keeps its test-only commands
 * away from users.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DocumentSessions } from '../../../src/editor/sessions';
import { TestCommands } from '../../../src/editor/testCommands';
import { cjmDiagnostics, closeAll, fixtureUri, until } from './languageHelpers';

const EXTENSION_ID = 'journey-maps.journey-maps';

function activeMapEditorTab(uri: vscode.Uri): vscode.Tab | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  const input = tab?.input;
  if (input instanceof vscode.TabInputCustom && input.viewType === 'cjm.mapEditor' && input.uri.toString() === uri.toString()) {
    return tab;
  }
  return undefined;
}

describe('extension activation', () => {
  const mapUri = () => fixtureUri('harness/minimal.cjm.yaml');
  after(closeAll);

  it('is installed and contributes the `cjm` language', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    assert.equal(ext.packageJSON.contributes.languages[0].id, 'cjm');
  });

  it('gives a *.cjm.yaml file the language id `cjm`', async () => {
    const doc = await vscode.workspace.openTextDocument(mapUri());
    assert.equal(doc.languageId, 'cjm');
    await vscode.window.showTextDocument(doc);
  });

  it('activates by itself once a map is open: the map shows its problems', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri('lang-broken.cjm.yaml'));
    await vscode.window.showTextDocument(doc);
    const unknown = await until(() => cjmDiagnostics(doc.uri).find((d) => d.code === 'unknown-channel'),
      'the unknown-channel problem of lang-broken.cjm.yaml (the extension activated on the open map)');
    assert.equal(doc.getText(unknown.range), 'wbe');
  });

  it('opens the map editor with vscode.openWith', async () => {
    const uri = mapUri();
    await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
    const tab = await until(() => activeMapEditorTab(uri), 'the map editor tab');
    assert.equal(tab.label, 'minimal.cjm.yaml');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers the cjm._test.* commands only when VS Code runs the tests', async () => {
    const before = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('cjm._test.')).sort();
    assert.deepEqual(before, ['cjm._test.applyEdit', 'cjm._test.openJourney', 'cjm._test.openSharedPersona', 'cjm._test.reveal', 'cjm._test.sessionState'], 'under test they exist');
    for (const mode of [vscode.ExtensionMode.Production, vscode.ExtensionMode.Development]) {
      const subscriptions: vscode.Disposable[] = [];
      TestCommands.register({ extensionMode: mode, subscriptions }, new DocumentSessions()); // would throw "already exists" if it registered
      assert.equal(subscriptions.length, 0, `nothing registered in ${vscode.ExtensionMode[mode]} mode`);
    }
  });

  it('refuses a test edit whose op the map editor could not send', async () => {
    const uri = mapUri();
    await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
    await until(() => activeMapEditorTab(uri), 'the map editor tab');
    const doc = await vscode.workspace.openTextDocument(uri);
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; reason?: string }>('cjm._test.applyEdit', uri.toString(),
      doc.version, { kind: 'set', path: ['title'], value: { nested: 'object' } });
    assert.deepEqual(outcome, { ok: false, reason: 'malformed', detail: 'not an edit the map editor can send' });
    assert.equal(doc.isDirty, false);
  });
});
