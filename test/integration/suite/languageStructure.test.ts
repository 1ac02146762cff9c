/** Outline, folding and document links of a map. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, closeAll, openFixture, rangeOf, show } from './languageHelpers';

interface Named { name: string; children: Named[] }
const tree = (s: Named): unknown => (s.children.length ? [s.name, s.children.map(tree)] : s.name);

describe('language: outline, folding, links', () => {
  let document: vscode.TextDocument;
  before(async () => {
    await activated();
    document = await openFixture('lang-checkout.cjm.yaml');
  });
  after(closeAll);

  it('outlines the map, its personas, channels, lanes and stages with touchpoints', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols.map(tree), [['First online purchase', [
      ['personas', ['Anna, busy parent', 'Ben, student']],
      ['channels', ['Website', 'E-mail']],
      ['lanes', ['Customer questions']],
      ['Discover', ['Search ad']],
      ['Buy', ['Receipt mail']],
    ]]]);
    const discover = symbols[0].children[3];
    assert.equal(discover.detail, 'discover');
    assert.equal(discover.kind, vscode.SymbolKind.Class);
    assert.equal(show(discover.selectionRange), show(rangeOf(document, 'discover')));
    assert.equal(discover.range.start.line, rangeOf(document, 'id: discover').start.line);
    assert.equal(discover.range.end.line, rangeOf(document, 'code: [').start.line);
  });

  it('folds stages, touchpoints and lists by structure', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const line = (needle: string) => rangeOf(document, needle).start.line;
    const pairs = ranges.map((r) => `${r.start}-${r.end}`);
    assert.ok(pairs.includes(`${line('stages:')}-${line('emotion: -1')}`), pairs.join(' '));
    assert.ok(pairs.includes(`${line('id: search-ad')}-${line('code: [')}`), pairs.join(' '));
    assert.ok(pairs.includes(`${line('metrics:')}-${line('- { id: clicks')}`), pairs.join(' '));
  });

  it('links http(s) entries of links: and code: paths, not other schemes', async () => {
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
    const shown = links.map((l) => [show(l.range), l.target?.scheme === 'file' ? l.target.path.replace(/.*\/workspace\//, '') + '#' + l.target.fragment : l.target?.toString()]);
    assert.deepEqual(shown, [
      [show(rangeOf(document, 'https://example.com/campaign')), 'https://example.com/campaign'],
      [show(rangeOf(document, 'lang-src/hero.ts#L2')), 'lang-src/hero.ts#L2'],
      [show(rangeOf(document, 'lang-src/missing.ts')), 'lang-src/missing.ts#'],
    ]);
  });
});
