/**
 * The map editor in the real extension host: it opens with `cjm.mapEditor`, an edit through its session
 * changes exactly the intended text, `undo` restores the text byte for byte, and stale or invalid edits
 * are refused. Edits go through the hidden `cjm._test.applyEdit` command, the same path a webview edit takes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EditOp } from '../../../src/shared/protocol';
import { fixtureUri as fixture, until } from '../../shared/hostHelpers';

interface Outcome { ok: boolean; reason?: string; detail?: string }
interface SessionState { panels: number; lastSnapshotVersion: number }

const sessionState = (uri: vscode.Uri) => vscode.commands.executeCommand<SessionState | null>('cjm._test.sessionState', uri.toString());
const applyEdit = (uri: vscode.Uri, baseVersion: number, op: EditOp) =>
  vscode.commands.executeCommand<Outcome>('cjm._test.applyEdit', uri.toString(), baseVersion, op);

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('map editor', function () {
  this.timeout(60_000);
  const uri = fixture('editor-checkout.cjm.yaml');
  let document: vscode.TextDocument;
  let original: string;

  before(async () => {
    await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
    await until(async () => ((await sessionState(uri))?.panels ?? 0) > 0 || undefined, 'the map editor session');
    document = await vscode.workspace.openTextDocument(uri);
    original = document.getText();
  });

  after(async () => {
    if (document.isDirty) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
      await document.save();
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens as a map editor tab with a session for the document', async () => {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(input instanceof vscode.TabInputCustom);
    assert.equal(input.viewType, 'cjm.mapEditor');
    assert.equal((await sessionState(uri))?.panels, 1);
  });

  it('renames a stage with one minimal edit, and undo restores the text byte for byte', async () => {
    const outcome = await applyEdit(uri, document.version, { kind: 'set', path: ['stages', 0, 'name'], value: 'Найти 🔍' });
    assert.deepEqual(outcome, { ok: true });
    assert.equal(document.getText(), replaceOnce(original, 'name: Discover    #', 'name: Найти 🔍    #'));
    await vscode.commands.executeCommand('undo');
    await until(async () => (document.getText() === original ? true : undefined), 'undo to restore the text');
    assert.equal(document.getText(), original);
  });

  it('moves a touchpoint to another stage as one undo step, keeping comments and quoting', async () => {
    const moved = '      - id: pay\n        name: Pay\n        channel: web\n        emotion: -1   # slow page\n';
    const outcome = await applyEdit(uri, document.version, { kind: 'move', from: ['stages', 1, 'touchpoints', 0], to: ['stages', 0, 'touchpoints'], index: 1 });
    assert.deepEqual(outcome, { ok: true });
    const expected = replaceOnce(replaceOnce(original, moved, ''), '        emotion: 1\n', `        emotion: 1\n${moved}`);
    assert.equal(document.getText(), replaceOnce(expected, "    name: Купить 🛒\n    touchpoints:\n", "    name: Купить 🛒\n    touchpoints: []\n"));
    await vscode.commands.executeCommand('undo');
    await until(async () => (document.getText() === original ? true : undefined), 'undo to restore the text');
  });

  it('posts a snapshot for each new version of the text', async () => {
    const outcome = await applyEdit(uri, document.version, { kind: 'insert', path: ['stages', 1, 'touchpoints'], index: 1, value: { id: 'receipt', name: 'Receipt' } });
    assert.deepEqual(outcome, { ok: true });
    assert.ok(document.getText().endsWith('        emotion: -1   # slow page\n      - id: receipt\n        name: Receipt\n'));
    await until(async () => ((await sessionState(uri))?.lastSnapshotVersion === document.version ? true : undefined), 'a snapshot of the new version');
    await vscode.commands.executeCommand('undo');
    await until(async () => (document.getText() === original ? true : undefined), 'undo to restore the text');
  });

  it('refuses an edit made against an older version and leaves the text alone', async () => {
    const before = document.version;
    assert.deepEqual(await applyEdit(uri, before, { kind: 'set', path: ['stages', 0, 'name'], value: 'First' }), { ok: true });
    const after = document.getText();
    const stale = await applyEdit(uri, before, { kind: 'set', path: ['stages', 0, 'name'], value: 'Second' });
    assert.deepEqual(stale, { ok: false, reason: 'stale' });
    assert.equal(document.getText(), after);
    await vscode.commands.executeCommand('undo');
    await until(async () => (document.getText() === original ? true : undefined), 'undo to restore the text');
  });

  it('refuses edits while the text does not parse, and an op that does not fit the map', async () => {
    const broken = new vscode.WorkspaceEdit();
    broken.insert(uri, document.positionAt(original.length), 'oops: [\n');
    assert.ok(await vscode.workspace.applyEdit(broken));
    const text = document.getText();
    assert.deepEqual(await applyEdit(uri, document.version, { kind: 'set', path: ['stages', 0, 'name'], value: 'X' }),
      { ok: false, reason: 'unparsable', detail: 'The text does not read as a journey map; fix its problems before editing the map.' });
    assert.equal(document.getText(), text);
    await vscode.commands.executeCommand('undo');
    await until(async () => (document.getText() === original ? true : undefined), 'undo to restore the text');
    const misfit = await applyEdit(uri, document.version, { kind: 'remove', path: ['stages', 5] });
    assert.equal(misfit.ok, false);
    assert.equal(misfit.reason, 'refused');
    assert.equal(misfit.detail, 'stages[5] does not exist.');
    assert.equal(document.getText(), original);
  });

  it('opens a second map editor to the side on the same document, sharing its session', async () => {
    await vscode.commands.executeCommand('cjm.openMapEditorToSide', uri);
    await until(async () => ((await sessionState(uri))?.panels === 2 ? true : undefined), 'a second panel');
  });
});
