/**
 * New Map, Export and Import from Mermaid in the real extension host, through their commands with the
 * test arguments that skip the pickers and dialogs. Files go to a scratch folder of the test workspace.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// ignoreBOM keeps a byte order mark in the text (the CSV must start with one).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function scratch(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, 'export-scratch', relative);
}

async function read(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

describe('export commands', function () {
  this.timeout(90_000);
  const map = scratch('checkout.cjm.yaml');

  before(async () => {
    await vscode.workspace.fs.createDirectory(scratch(''));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(scratch(''), { recursive: true, useTrash: false });
  });

  it('New Map writes the template and opens it in the map editor', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.newMap', { template: 'ecommerce-checkout', target: map });
    assert.equal(created?.toString(), map.toString());
    const text = decoder.decode(await read(map));
    assert.ok(text.startsWith('# E-commerce checkout.'), text.slice(0, 60));
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputCustom, 'a custom editor tab');
    assert.equal((tab.input as vscode.TabInputCustom).viewType, 'cjm.mapEditor');
  });

  it('New Map refuses to overwrite an existing file', async () => {
    const before = decoder.decode(await read(map));
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.newMap', { template: 'basic', target: map });
    assert.equal(created, undefined);
    assert.equal(decoder.decode(await read(map)), before);
  });

  const textCases: [string, string, (text: string) => void][] = [
    ['md', 'checkout.md', (t) => assert.ok(t.startsWith('# First online purchase\n') && t.includes('## 2. Delivery options\n'))],
    ['csv', 'checkout.csv', (t) => assert.ok(t.startsWith('\uFEFFStage,Touchpoint,Channel,Personas,Emotion,Pains,Opportunities,Owner\r\nCart,Cart page,Mobile site,'))],
    ['mermaid', 'checkout.mmd', (t) => assert.ok(t.includes('journey\n  title First online purchase\n  section Cart\n'))],
    ['html', 'checkout.html', (t) => assert.ok(t.startsWith('<!DOCTYPE html>') && t.includes('Delivery choice') && !t.includes('<script'))],
    ['svg', 'checkout.svg', (t) => assert.ok(t.includes('<svg xmlns="http://www.w3.org/2000/svg"') && !t.includes('foreignObject') && /<tspan[^>]*>Parcel at the door<\/tspan>/.test(t), t.slice(0, 300))],
  ];
  for (const [format, file, check] of textCases) {
    it(`Export writes ${format}`, async () => {
      const target = scratch(file);
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.export', map, { format, target });
      assert.equal(written?.toString(), target.toString());
      check(decoder.decode(await read(target)));
    });
  }

  it('New Map from a Russian template (ecommerce-checkout.ru) exports in Russian from an English VS Code', async () => {
    const russian = scratch('checkout-ru.cjm.yaml');
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.newMap', { template: 'ecommerce-checkout.ru', target: russian });
    assert.equal(created?.toString(), russian.toString());
    assert.ok(decoder.decode(await read(russian)).includes('\nlang: ru\n'));
    const target = scratch('checkout-ru.md');
    await vscode.commands.executeCommand('cjm.export', russian, { format: 'md', target });
    const md = decoder.decode(await read(target)).split('\n');
    assert.equal(md[0], '# Первая покупка в интернет-магазине');
    assert.ok(md.includes('| Точка контакта | Канал | Персоны | Эмоция | Боли | Возможности | Ответственный |'), md.join('\n'));
    assert.ok(md.includes('| Оплаченные заказы | 4\u00a0100 | 5\u00a0000 |   |'), 'numbers as Russian writes them');
  });

  /** Every tab's label in every group: a helper panel would show up here. */
  const tabLabels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));

  it('Export writes a PNG without opening any panel', async () => {
    const target = scratch('checkout.png');
    const tabsBefore = tabLabels();
    const opened: string[] = [];
    const watch = vscode.window.tabGroups.onDidChangeTabs((e) => opened.push(...e.opened.map((t) => t.label)));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.export', map, { format: 'png', target });
    watch.dispose();
    assert.equal(written?.toString(), target.toString());
    assert.deepEqual(opened, [], 'no tab opened, not even for a moment');
    assert.deepEqual(tabLabels(), tabsBefore);
    const bytes = await read(target);
    assert.deepEqual([...bytes.slice(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    assert.ok(view.getUint32(16) > 1000 && view.getUint32(20) > 1000, `size ${view.getUint32(16)}x${view.getUint32(20)}`);
    const extension = vscode.extensions.getExtension('journey-maps.journey-maps');
    if (extension) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(extension.extensionUri, 'test-results', 'export-checkout.png'), bytes);
  });

  it('Export writes an A4 PDF with the map\'s text', async () => {
    const target = scratch('checkout.pdf');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.export', map, { format: 'pdf', page: 'a4', target });
    assert.equal(written?.toString(), target.toString());
    const pdf = new TextDecoder('latin1').decode(await read(target));
    assert.ok(pdf.startsWith('%PDF-1.'), pdf.slice(0, 20));
    assert.match(pdf, /\/MediaBox \[0 0 841\.89 595\.28\]/);
    assert.match(pdf, /\/FontFile2 /, 'the font is embedded');
  });

  it('Import from Mermaid creates a map with the sections, tasks and scores', async () => {
    const target = scratch('imported.cjm.yaml');
    const text = 'journey\n  title Morning\n  section Home\n    Coffee: 5: Me\n  section Commute\n    Bus: 1: Me\n';
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.importMermaid', { text, target });
    assert.equal(created?.toString(), target.toString());
    const yaml = decoder.decode(await read(target));
    assert.ok(yaml.includes('title: Morning') && yaml.includes('name: Coffee\n        emotion: 2') && yaml.includes('name: Bus\n        emotion: -2'), yaml);
  });
});
