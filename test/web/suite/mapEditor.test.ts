/**
 * The map editor in the web worker extension host: it opens with `cjm.mapEditor`; an edit through the session
 * (hidden `cjm._test.applyEdit`, the webview's path) changes exactly the intended text, `undo` restores it byte
 * for byte, and an edit against an older version is refused.
 */
import * as vscode from 'vscode';
import { deepEqual, equal, ok } from '../../shared/assert';
import { activated, fixtureUri, until } from '../../shared/hostHelpers';

interface Outcome { ok: boolean; reason?: string; detail?: string }
interface SessionState { panels: number; lastSnapshotVersion: number }
type Op = { kind: 'set'; path: (string | number)[]; value: string | number };

const sessionState = (uri: vscode.Uri) => vscode.commands.executeCommand<SessionState | null>('cjm._test.sessionState', uri.toString());
const applyEdit = (uri: vscode.Uri, baseVersion: number, op: Op) =>
  vscode.commands.executeCommand<Outcome>('cjm._test.applyEdit', uri.toString(), baseVersion, op);

describe('browser build: map editor', () => {
  const uri = fixtureUri('web/editor.cjm.yaml');
  let document: vscode.TextDocument;
  let original: string;

  before(async () => {
    await activated();
    await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
    await until(async () => ((await sessionState(uri))?.panels ?? 0) > 0 || undefined, 'the map editor session');
    document = await vscode.workspace.openTextDocument(uri);
    original = document.getText();
  });

  after(async () => {
    if (document.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // The webview's own content is not checked here: headless Chromium in test-web's incognito context refuses the
  // service worker the webview iframe (a *.localhost origin, so third party) needs ("The user denied permission
  // to use Service Worker"), so the page never loads. The session and its text edits do not depend on it.
  it('opens as a custom editor tab with one session panel for the document', async () => {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    ok(input instanceof vscode.TabInputCustom, 'a custom editor tab');
    equal(input.viewType, 'cjm.mapEditor');
    equal(input.uri.toString(), uri.toString());
    equal((await sessionState(uri))?.panels, 1, 'panels');
  });

  it('renames a stage with one minimal edit, and undo restores the text byte for byte', async () => {
    deepEqual(await applyEdit(uri, document.version, { kind: 'set', path: ['stages', 0, 'name'], value: 'Смотреть 👀' }), { ok: true });
    equal(document.getText(), original.replace('    name: Look    # first stage\n', '    name: Смотреть 👀    # first stage\n'));
    await vscode.commands.executeCommand('undo');
    await until(() => (document.getText() === original ? true : undefined), 'undo to restore the text');
  });

  it('keeps the quoting style when a touchpoint is renamed, and refuses a stale edit', async () => {
    const before = document.version;
    deepEqual(await applyEdit(uri, before, { kind: 'set', path: ['stages', 0, 'touchpoints', 0, 'name'], value: 'Home' }), { ok: true });
    const edited = original.replace("        name: 'Landing page'\n", "        name: 'Home'\n");
    equal(document.getText(), edited);
    deepEqual(await applyEdit(uri, before, { kind: 'set', path: ['stages', 0, 'name'], value: 'Stale' }), { ok: false, reason: 'stale' });
    equal(document.getText(), edited, 'the stale edit left the text alone');
    await vscode.commands.executeCommand('undo');
    await until(() => (document.getText() === original ? true : undefined), 'undo to restore the text');
  });
});
