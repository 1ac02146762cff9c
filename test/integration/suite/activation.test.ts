/** The extension in the real extension host: it activates on a map, sets the language and opens the map editor. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'journey-maps.journey-maps';

function fixture(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function activeMapEditorTab(uri: vscode.Uri): vscode.Tab | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  const input = tab?.input;
  if (input instanceof vscode.TabInputCustom && input.viewType === 'cjm.mapEditor' && input.uri.toString() === uri.toString()) {
    return tab;
  }
  return undefined;
}

describe('extension activation', () => {
  const mapUri = () => fixture('harness/minimal.cjm.yaml');

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

  it('activates once a map is open', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await until(() => (ext.isActive ? true : undefined), 'the extension to activate');
    assert.equal(ext.isActive, true);
  });

  it('opens the map editor with vscode.openWith', async () => {
    const uri = mapUri();
    // Without a registered provider the tab still appears but the command never settles: bound the wait.
    const opening = vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
    await Promise.race([opening, sleep(15_000).then(() => {
      throw new Error('vscode.openWith did not settle in 15 s: is the custom editor cjm.mapEditor registered?');
    })]);
    const tab = await until(() => activeMapEditorTab(uri), 'the map editor tab');
    assert.equal(tab.label, 'minimal.cjm.yaml');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
