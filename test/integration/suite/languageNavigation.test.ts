/** Definition, references and rename through the commands VS Code itself uses. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, closeAll, openFixture, positionOf, rangeOf, show } from './languageHelpers';

describe('language: definition, references, rename', () => {
  let document: vscode.TextDocument;
  before(async () => {
    await activated();
    document = await openFixture('lang-checkout.cjm.yaml');
  });
  after(closeAll);

  const targetRange = (l: vscode.Location | vscode.LocationLink) => ('targetRange' in l ? l.targetRange : l.range);

  it('goes from a channel reference to its declaration', async () => {
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', document.uri, positionOf(document, 'channel: email', 11));
    assert.deepEqual(found.map((l) => show(targetRange(l))), [show(rangeOf(document, 'email'))]);
  });

  it('goes from a per-persona emotion key and a lanes key to their declarations', async () => {
    const persona = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', document.uri, positionOf(document, 'ben: 0', 1));
    assert.deepEqual(persona.map((l) => show(targetRange(l))), [show(rangeOf(document, 'ben'))]);
    const lane = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', document.uri, positionOf(document, '{ questions', 3));
    assert.deepEqual(lane.map((l) => show(targetRange(l))), [show(rangeOf(document, 'questions'))]);
  });

  it('finds every reference of a persona, declaration included', async () => {
    const found = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', document.uri, positionOf(document, 'id: anna', 5));
    assert.deepEqual(found.map((l) => show(l.range)), [0, 1, 2, 3].map((nth) => show(rangeOf(document, 'anna', nth))));
  });

  it('renames a persona at its declaration and every reference in one edit', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider', document.uri, positionOf(document, '[anna, ben]', 2), 'anya');
    const edits = edit.get(document.uri).sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(edits.map((e) => [show(e.range), e.newText]), [0, 1, 2, 3].map((nth) => [show(rangeOf(document, 'anna', nth)), 'anya']));
    assert.deepEqual(edit.entries().map(([uri]) => uri.toString()), [document.uri.toString()]);
  });

  it('renames a touchpoint id and a channel with all its uses', async () => {
    const channel = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider', document.uri, positionOf(document, '- id: web', 6), 'site');
    assert.deepEqual(channel.get(document.uri).map((e) => show(e.range)).sort(),
      [show(rangeOf(document, 'web', 0)), show(rangeOf(document, 'web', 2))].sort());
    const touchpoint = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider', document.uri, positionOf(document, 'receipt', 1), 'receipt-mail');
    assert.deepEqual(touchpoint.get(document.uri).map((e) => [show(e.range), e.newText]), [[show(rangeOf(document, 'receipt')), 'receipt-mail']]);
  });

  async function refusal(newName: string): Promise<string> {
    try {
      await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', document.uri, positionOf(document, 'id: anna', 5), newName);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    return 'no refusal';
  }

  it('refuses an empty, malformed or already used id with a message', async () => {
    assert.match(await refusal(''), /A persona id cannot be empty\./);
    assert.match(await refusal('an na'), /'an na' is not a valid id/);
    assert.match(await refusal('ben'), /'ben' is already the id of another persona\./);
    assert.match(await refusal('42'), /would be read by YAML as a number/);
  });

  it('prepares a rename with the range of the id, and refuses outside ids', async () => {
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>(
      'vscode.prepareRename', document.uri, positionOf(document, 'channel: email', 12));
    assert.equal(show(prepared.range), show(rangeOf(document, 'email', 2)));
    assert.equal(prepared.placeholder, 'email');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', document.uri, positionOf(document, 'title:', 1))),
      /Only ids can be renamed/);
  });
});
