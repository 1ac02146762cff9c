/** Quick fixes through vscode.executeCodeActionProvider, applied to a scratch copy of the broken fixture. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, closeAll, fixtureUri, openScratch, rangeOf } from './languageHelpers';

describe('language: quick fixes', () => {
  let source = '';
  before(async () => {
    await activated();
    source = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('lang-broken.cjm.yaml')));
  });
  after(closeAll);

  async function fixes(document: vscode.TextDocument, needle: string, nth = 0): Promise<vscode.CodeAction[]> {
    return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, needle, nth));
  }

  async function apply(document: vscode.TextDocument, action: vscode.CodeAction | undefined): Promise<string> {
    assert.ok(action?.edit, 'the fix has an edit');
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    return document.getText();
  }

  it('offers did-you-mean and declare for an unknown channel', async () => {
    const document = await openScratch(source);
    const actions = await fixes(document, 'wbe');
    assert.deepEqual(actions.map((a) => a.title), ["Change to 'web'", "Declare channel 'wbe'"]);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(await apply(document, actions[0]), source.replace('channel: wbe', 'channel: web'));
  });

  it('declares a missing channel in the channels list, keeping its indentation', async () => {
    const document = await openScratch(source);
    const actions = await fixes(document, 'phone');
    assert.deepEqual(actions.map((a) => a.title), ["Declare channel 'phone'"]);
    const text = await apply(document, actions[0]);
    assert.equal(text, source.replace('    name: Website\n', '    name: Website\n  - id: phone\n    name: phone\n'));
  });

  it('creates the personas list when the map has none', async () => {
    const document = await openScratch('cjm: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n      - id: t\n        name: T\n        personas: [zoe]\n');
    const actions = await fixes(document, 'zoe');
    const text = await apply(document, actions.find((a) => a.title === "Declare persona 'zoe'"));
    assert.equal(text, 'cjm: 1\ntitle: T\npersonas:\n  - id: zoe\n    name: zoe\nstages:\n  - id: s\n    name: S\n    touchpoints:\n      - id: t\n        name: T\n        personas: [zoe]\n');
  });

  it('fixes an unknown key, clamps an emotion and makes a duplicate id unique', async () => {
    const document = await openScratch(source);
    const key = await fixes(document, 'emotoin');
    assert.deepEqual(key.map((a) => a.title), ["Change to 'emotion'"]);
    await apply(document, key[0]);
    const emotion = await fixes(document, '5');
    assert.deepEqual(emotion.map((a) => a.title), ['Clamp emotion to 2']);
    await apply(document, emotion[0]);
    const duplicate = await fixes(document, 'home', 1);
    assert.deepEqual(duplicate.map((a) => a.title), ["Make id unique: 'home-2'"]);
    const text = await apply(document, duplicate[0]);
    assert.equal(text, source.replace('emotoin: 1', 'emotion: 1').replace('emotion: 5', 'emotion: 2').replace('id: home\n        name: Home again', 'id: home-2\n        name: Home again'));
  });
});
