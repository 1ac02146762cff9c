/**
 * Language features of the browser build in the web worker extension host, through the same commands VS Code
 * uses: diagnostics, hover, completion, rename and the outline, with exact ranges and texts.
 */
import * as vscode from 'vscode';
import { deepEqual, equal, ok } from '../../shared/assert';
import { activated, closeAll, openFixture, openScratch, positionOf, show, until } from '../../shared/hostHelpers';

const cjmDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cjm');
const hoverText = (hover: vscode.Hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

interface Named { name: string; children: Named[] }
const tree = (s: Named): unknown => (s.children.length ? [s.name, s.children.map(tree)] : s.name);

describe('browser build: language features', () => {
  before(activated);
  after(closeAll);

  it('reports the problems of a broken map with codes, UTF-16 ranges and messages', async () => {
    const document = await openFixture('web/broken.cjm.yaml');
    const found = await until(() => {
      const list = cjmDiagnostics(document.uri);
      return list.length === 3 ? list : undefined;
    }, 'three diagnostics');
    deepEqual(found.map((d) => [d.code, vscode.DiagnosticSeverity[d.severity], show(d.range), d.message]), [
      ['unused-channel', 'Warning', '5:8-5:11',
        'Channel "app" is declared but no touchpoint uses it (set "channel: app" on one, or remove it).'],
      ['unknown-channel', 'Error', '11:49-11:51', 'Unknown channel "ap". Declared channels: app. Did you mean "app"?'],
      ['invalid-emotion', 'Error', '11:62-11:63',
        'Emotion 3 is out of range: use an integer from -2 (very negative) to +2 (very positive).'],
    ]);
    equal(document.getText(found[1].range), 'ap');
    equal(document.getText(found[2].range), '3');
  });

  it('shows a touchpoint card on hover over its id', async () => {
    const document = await openFixture('web/checkout.cjm.yaml');
    const position = positionOf(document, 'id: catalog', 6);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    equal(hovers.length, 1, 'hovers');
    equal(hoverText(hovers[0]), [
      '### Каталог ★',
      '',
      'Touchpoint `catalog`',
      '',
      '**Stage:** Выбор (`choose`)  ',
      '**Channel:** Сайт (`site`)  ',
      '**Personas:** Ольга, покупатель (`olga`)  ',
      '**Emotion:** +1 🙂  ',
      '**Owner:** Каталог-команда  ',
      '**Moment of truth:** yes',
      '',
      '**Pains**',
      '',
      '- Нет фильтра по цене',
      '',
      '**Opportunities**',
      '',
      '- Фильтр по цене',
    ].join('\n'));
    equal(show(hovers[0].range!), '18:12-18:19', 'hover range over the id');
  });

  it('outlines the map: personas, channels, stages with their touchpoints', async () => {
    const document = await openFixture('web/checkout.cjm.yaml');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    deepEqual(symbols.map(tree), [['Заказ в браузере', [
      ['personas', ['Ольга, покупатель']],
      ['channels', ['Сайт', 'Почта']],
      ['Выбор', ['Каталог']],
      ['Оплата', ['Чек на почту']],
    ]]]);
    const pay = symbols[0].children[3];
    equal(pay.detail, 'pay');
    equal(pay.kind, vscode.SymbolKind.Class);
    equal(show(pay.selectionRange), '27:8-27:11', 'selection: the stage id');
    equal(show(pay.children[0].selectionRange), '30:12-30:19', 'selection: the touchpoint id');
  });
});

const SCRATCH = [
  'cjm: 1',
  'title: Scratch',
  'personas:',
  '  - id: anna',
  '    name: Anna',
  'channels:',
  '  - id: web',
  '    name: Website',
  '  - id: shop',
  '    name: Shop',
  'stages:',
  '  - id: s',
  '    name: S',
  '    emotion: { anna: 1 }',
  '    touchpoints:',
  '      - id: t',
  '        name: T',
  '        channel: ',
  '        personas: [anna]',
  '        ',
  '      - id: u',
  '        name: U',
  '        channel: web',
  '        personas: [anna]',
  '        emotion: { anna: -1 }',
  '',
].join('\n');

describe('browser build: completion and rename', () => {
  let document: vscode.TextDocument;
  before(async () => {
    await activated();
    document = await openScratch(SCRATCH);
  });
  after(closeAll);

  async function complete(position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const ours = [vscode.CompletionItemKind.Property, vscode.CompletionItemKind.Reference];
    return list.items.filter((i) => i.kind !== undefined && ours.includes(i.kind));
  }

  it('offers the keys a touchpoint still lacks, with their descriptions', async () => {
    const items = await complete(positionOf(document, '[anna]\n        ', 15));
    deepEqual(items.filter((i) => i.kind === vscode.CompletionItemKind.Property).map(labelOf).sort(), [
      'code', 'description', 'emotion', 'journey', 'links', 'metrics', 'moment-of-truth', 'opportunities', 'owner', 'pains',
    ]);
    const owner = items.find((i) => labelOf(i) === 'owner');
    equal((owner?.documentation as vscode.MarkdownString | undefined)?.value, 'Team or person responsible for this touchpoint.');
  });

  it('offers the declared channel ids after `channel:`', async () => {
    const items = await complete(positionOf(document, 'channel: \n', 9));
    deepEqual(items.map(labelOf).sort(), ['shop', 'web']);
    equal(items.find((i) => labelOf(i) === 'web')?.detail, 'channel: Website');
  });

  it('renames a persona everywhere in one edit, which applies to the exact text', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider', document.uri, positionOf(document, '[anna]', 1, 1), 'anya');
    deepEqual(edit.entries().map(([uri]) => uri.toString()), [document.uri.toString()]);
    const edits = edit.get(document.uri).sort((a, b) => a.range.start.compareTo(b.range.start));
    deepEqual(edits.map((e) => [show(e.range), e.newText]), [
      ['3:8-3:12', 'anya'], ['13:15-13:19', 'anya'], ['18:19-18:23', 'anya'], ['23:19-23:23', 'anya'], ['24:19-24:23', 'anya'],
    ]);
    ok(await vscode.workspace.applyEdit(edit), 'the rename applies');
    equal(document.getText(), SCRATCH.replaceAll('anna', 'anya'));
  });
});
