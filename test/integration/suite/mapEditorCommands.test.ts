/**
 * The commands between the text and the map in the real extension host: open the map editor beside the
 * text, go back to the source, reveal an item (exact selection), the text cursor highlighting an item, and
 * the `journeyMaps.mapEditor.openByDefault` setting writing `workbench.editorAssociations`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri as fixture, until } from '../../shared/hostHelpers';

interface SessionState { panels: number; lastSnapshotVersion: number; lastHighlight: string | null }

const sessionState = (uri: vscode.Uri) => vscode.commands.executeCommand<SessionState | null>('cjm._test.sessionState', uri.toString());

/** Every tab of every group, with the column of its group. */
function allTabs(): { tab: vscode.Tab; column: vscode.ViewColumn }[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => ({ tab, column: group.viewColumn })));
}

/** Columns holding a map editor tab of `uri`. */
function mapEditorColumns(uri: vscode.Uri): vscode.ViewColumn[] {
  return allTabs().filter(({ tab }) => tab.input instanceof vscode.TabInputCustom && tab.input.viewType === 'cjm.mapEditor' &&
    tab.input.uri.toString() === uri.toString()).map(({ column }) => column);
}

/** Columns holding a text editor tab of `uri`. */
function textEditorColumns(uri: vscode.Uri): vscode.ViewColumn[] {
  return allTabs().filter(({ tab }) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString())
    .map(({ column }) => column);
}

async function openMapEditor(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor', vscode.ViewColumn.One);
  await until(async () => ((await sessionState(uri))?.panels ?? 0) > 0 || undefined, 'the map editor session');
}

describe('map editor commands', function () {
  this.timeout(60_000);
  const uri = fixture('editor2-commands.cjm.yaml');
  let text: string;

  before(async () => {
    text = (await vscode.workspace.openTextDocument(uri)).getText();
  });

  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await until(() => (vscode.window.tabGroups.all.length === 1 && allTabs().length === 0) || undefined, 'all editors to close');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the map editor to the side of the text editor, leaving the focus in the text', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('cjm.openMapEditorToSide');
    await until(() => mapEditorColumns(uri).length > 0 || undefined, 'a map editor tab');
    assert.deepEqual(mapEditorColumns(uri), [vscode.ViewColumn.Two]);
    assert.deepEqual(textEditorColumns(uri), [vscode.ViewColumn.One]);
    assert.equal(vscode.window.tabGroups.activeTabGroup.viewColumn, vscode.ViewColumn.One);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await until(async () => ((await sessionState(uri))?.panels === 1 ? true : undefined), 'the session of the side panel');
  });

  it('shows the source beside the map editor with cjm.showSource', async () => {
    await openMapEditor(uri);
    assert.deepEqual(textEditorColumns(uri), []);
    await vscode.commands.executeCommand('cjm.showSource');
    await until(() => textEditorColumns(uri).length > 0 || undefined, 'a text editor tab');
    assert.deepEqual(textEditorColumns(uri), [vscode.ViewColumn.Two]);
    assert.deepEqual(mapEditorColumns(uri), [vscode.ViewColumn.One]);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.viewColumn, vscode.ViewColumn.Two);
  });

  it('reveals a touchpoint beside the map by selecting exactly its text, keeping the focus in the map', async () => {
    await openMapEditor(uri);
    assert.equal(await vscode.commands.executeCommand('cjm._test.reveal', uri.toString(), ['stages', 0, 'touchpoints', 1]), true);
    const editor = await until(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()), 'the text editor');
    const start = text.indexOf('id: sms-code');
    const end = text.indexOf('emotion: -1') + 'emotion: -1'.length;
    const document = editor.document;
    assert.equal(document.getText(editor.selection), text.slice(start, end));
    assert.deepEqual([editor.selection.start, editor.selection.end].map((p) => [p.line, p.character]),
      [[17, 8], [20, 19]]);
    assert.deepEqual(textEditorColumns(uri), [vscode.ViewColumn.Two]);
    // The focus stays in the map, so a double-click to rename never types over the selected text.
    assert.equal(vscode.window.tabGroups.activeTabGroup.viewColumn, vscode.ViewColumn.One);
    assert.equal(vscode.window.activeTextEditor, undefined);
  });

  it('reveals a touchpoint name, keeping its trailing comment out of the selection', async () => {
    await openMapEditor(uri);
    await vscode.commands.executeCommand('cjm._test.reveal', uri.toString(), ['stages', 0, 'touchpoints', 0, 'name']);
    const editor = await until(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()), 'the text editor');
    assert.equal(editor.document.getText(editor.selection), 'Welcome screen');
    assert.equal(editor.selection.start.line, 14);
  });

  it('highlights the touchpoint under the text cursor in the map', async () => {
    await openMapEditor(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.Two);
    const at = document.positionAt(text.indexOf('Тур по приложению') + 3);
    editor.selection = new vscode.Selection(at, at);
    await until(async () => ((await sessionState(uri))?.lastHighlight === 'stages.1.touchpoints.0' ? true : undefined), 'the highlight of "tour"');
    const inStage = document.positionAt(text.indexOf('name: Первое использование'));
    editor.selection = new vscode.Selection(inStage, inStage);
    await until(async () => ((await sessionState(uri))?.lastHighlight === 'stages.1' ? true : undefined), 'the highlight of the stage');
    const inHeader = document.positionAt(text.indexOf('title: Onboarding'));
    editor.selection = new vscode.Selection(inHeader, inHeader);
    await until(async () => ((await sessionState(uri))?.lastHighlight === '' ? true : undefined), 'no highlight outside items');
  });
});

describe('map editor openByDefault setting', function () {
  this.timeout(30_000);
  const SETTING = 'journeyMaps.mapEditor.openByDefault';
  const associations = () => vscode.workspace.getConfiguration('workbench').inspect<Record<string, string>>('editorAssociations')?.globalValue;
  let saved: boolean | undefined;

  before(() => {
    saved = vscode.workspace.getConfiguration().inspect<boolean>(SETTING)?.globalValue;
  });

  after(async () => {
    await vscode.workspace.getConfiguration().update(SETTING, saved, vscode.ConfigurationTarget.Global);
    await until(() => (associations()?.['*.cjm.yaml'] === undefined) || undefined, 'the association to go');
  });

  it('adds "*.cjm.yaml": "cjm.mapEditor" when on and removes it when off', async () => {
    await vscode.workspace.getConfiguration().update(SETTING, true, vscode.ConfigurationTarget.Global);
    await until(() => (associations()?.['*.cjm.yaml'] === 'cjm.mapEditor') || undefined, 'the association');
    assert.equal(associations()?.['*.cjm.yaml'], 'cjm.mapEditor');
    await vscode.workspace.getConfiguration().update(SETTING, false, vscode.ConfigurationTarget.Global);
    await until(() => (associations()?.['*.cjm.yaml'] === undefined) || undefined, 'the association to go');
    assert.equal(associations()?.['*.cjm.yaml'], undefined);
  });

  it('keeps associations of other patterns when switched on and off', async () => {
    const workbench = vscode.workspace.getConfiguration('workbench');
    const before = workbench.inspect<Record<string, string>>('editorAssociations')?.globalValue;
    await workbench.update('editorAssociations', { ...before, '*.md': 'default' }, vscode.ConfigurationTarget.Global);
    try {
      await vscode.workspace.getConfiguration().update(SETTING, true, vscode.ConfigurationTarget.Global);
      await until(() => (associations()?.['*.cjm.yaml'] === 'cjm.mapEditor') || undefined, 'the association');
      assert.deepEqual(associations(), { ...before, '*.md': 'default', '*.cjm.yaml': 'cjm.mapEditor' });
      await vscode.workspace.getConfiguration().update(SETTING, false, vscode.ConfigurationTarget.Global);
      await until(() => (associations()?.['*.cjm.yaml'] === undefined) || undefined, 'the association to go');
      assert.deepEqual(associations(), { ...before, '*.md': 'default' });
    } finally {
      await vscode.workspace.getConfiguration('workbench').update('editorAssociations', before, vscode.ConfigurationTarget.Global);
    }
  });
});
