/** Completion through vscode.executeCompletionItemProvider: keys, enum and emotion values, ids, snippets. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, closeAll, openScratch, positionOf } from './languageHelpers';

const BASE = [
  'cjm: 1',
  'title: Completion',
  'personas:',
  '  - id: anna',
  '    name: Anna',
  '  - id: ben',
  '    name: Ben',
  'channels:',
  '  - id: web',
  '    name: Website',
  '    kind: KIND',
  'lanes:',
  '  - id: questions',
  '    name: Questions',
  'stages:',
  '  - id: s',
  '    name: S',
  '    emotion: { anna: 1,  }',
  '    lanes:',
  '      ',
  '    touchpoints:',
  '      - id: t',
  '        name: T',
  '        channel: CH',
  '        personas: [anna, ]',
  '        ',
  '      - ',
  '',
].join('\n');

/** Kinds our provider gives; word-based items are left out. */
const OURS = new Set([
  vscode.CompletionItemKind.Property, vscode.CompletionItemKind.Reference, vscode.CompletionItemKind.EnumMember,
]);

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('language: completion', () => {
  let document: vscode.TextDocument;
  before(async () => {
    await activated();
    document = await openScratch(BASE.replace('KIND', '').replace('CH', ''));
  });
  after(closeAll);

  async function complete(position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    return list.items.filter((i) => i.kind !== undefined && OURS.has(i.kind));
  }
  const labels = async (position: vscode.Position) => (await complete(position)).map(labelOf);

  it('offers the keys a touchpoint still lacks, with their descriptions', async () => {
    const items = await complete(positionOf(document, '[anna, ]\n        ', 17));
    assert.deepEqual(items.filter((i) => i.kind === vscode.CompletionItemKind.Property).map(labelOf).sort(), [
      'code', 'description', 'emotion', 'journey', 'links', 'metrics', 'moment-of-truth', 'opportunities', 'owner', 'pains',
    ]);
    const owner = items.find((i) => labelOf(i) === 'owner');
    assert.equal((owner?.documentation as vscode.MarkdownString).value, 'Team or person responsible for this touchpoint.');
    assert.equal(owner?.detail, 'optional');
    assert.equal((items.find((i) => labelOf(i) === 'pains')?.insertText as vscode.SnippetString).value, 'pains: [$0]');
  });

  it('offers declared channel ids after `channel:`', async () => {
    const items = await complete(positionOf(document, 'channel: ', 9));
    assert.deepEqual(items.map(labelOf), ['web']);
    assert.equal(items[0].detail, 'channel: Website');
  });

  it('offers persona ids in a personas list and as per-persona emotion keys', async () => {
    assert.deepEqual(await labels(positionOf(document, '[anna, ]', 7)), ['anna', 'ben']);
    assert.deepEqual(await labels(positionOf(document, '{ anna: 1,  }', 11)), ['ben']);
  });

  it('offers declared lane ids as keys of a stage lanes map', async () => {
    assert.deepEqual(await labels(positionOf(document, '    lanes:\n      ', 17)), ['questions']);
  });

  it('offers enum values for a channel kind and the map type, and emotion values', async () => {
    assert.deepEqual(await labels(positionOf(document, 'kind: ', 6)), [
      'web', 'mobile', 'email', 'phone', 'store', 'social', 'ads', 'chat', 'mail', 'word-of-mouth', 'other',
    ]);
    const scratch = await openScratch('cjm: 1\ntype: \nstages:\n  - id: s\n    name: S\n    emotion: \n');
    const list = async (needle: string, delta: number) => (await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', scratch.uri, positionOf(scratch, needle, delta))).items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember);
    assert.deepEqual((await list('type: ', 6)).map(labelOf), ['basic', 'emotions', 'channels', 'persona', 'internal']);
    const emotions = await list('emotion: ', 9);
    assert.deepEqual(emotions.map(labelOf), ['2', '1', '0', '-1', '-2']);
    assert.deepEqual(emotions.map((i) => (i.label as vscode.CompletionItemLabel).description), ['+2 😄', '+1 🙂', '0 😐', '−1 🙁', '−2 😣']);
  });

  it('offers touchpoint keys and the touchpoint snippet on a new list item', async () => {
    const all = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider',
      document.uri, positionOf(document, '      - \n', 8));
    const items = all.items;
    const names = items.map(labelOf);
    assert.ok(names.includes('id') && names.includes('channel') && names.includes('New touchpoint'), names.join(','));
    const snippet = items.find((i) => labelOf(i) === 'New touchpoint');
    assert.equal((snippet?.insertText as vscode.SnippetString).value,
      'id: ${1:touchpoint-id}\nname: ${2:Touchpoint name}\nchannel: ${3}\nemotion: ${4:0}\n$0');
  });

  it('offers the stage snippet on a new stage item', async () => {
    const scratch = await openScratch('cjm: 1\ntitle: X\nstages:\n  - \n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider',
      scratch.uri, positionOf(scratch, '  - \n', 4));
    assert.ok(list.items.some((i) => labelOf(i) === 'New stage'));
    assert.ok(list.items.some((i) => labelOf(i) === 'touchpoints' && i.kind === vscode.CompletionItemKind.Property));
  });

  it('offers the persona and channel snippets on new items of those lists', async () => {
    const scratch = await openScratch('cjm: 1\ntitle: X\npersonas:\n  - \nchannels:\n  - \nstages: []\n');
    const at = async (line: number) => (await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', scratch.uri, new vscode.Position(line, 4))).items;
    const persona = (await at(3)).find((i) => labelOf(i) === 'New persona');
    assert.equal((persona?.insertText as vscode.SnippetString).value,
      'id: ${1:persona-id}\nname: ${2:Name, role}\ngoals: [${3:What they want}]\n'
      + 'frustrations: [${4:What bothers them}]\nquote: "${5:Something they would say}"\n$0');
    const channelItems = await at(5);
    assert.ok(channelItems.some((i) => labelOf(i) === 'New channel'), channelItems.map(labelOf).join(','));
    assert.ok(!channelItems.some((i) => labelOf(i) === 'New persona'));
  });
});
