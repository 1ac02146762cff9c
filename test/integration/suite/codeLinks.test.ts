/**
 * Touchpoints ↔ code in the real extension host: comments in TypeScript, Python and Go that name touchpoints
 * of codelinks/shop.cjm.yaml (hover, diagnostics, definition, CodeLens), and the map's side (CodeLens counts,
 * references, rename across files), with files created and deleted after the index was built.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activated, cjmDiagnostics, closeAll, fixtureUri, hoverText, openFixture, openScratch, positionOf, rangeOf, show, until,
} from './languageHelpers';

const MAP = 'codelinks/shop.cjm.yaml';
const HERO = 'codelinks/web/hero.ts';
const PAY = 'codelinks/api/pay.py';
const RECEIPT = 'codelinks/svc/receipt.go';

/** `relative-path line:char-line:char` of a location, for readable deep-equal assertions. */
function where(location: vscode.Location): string {
  return `${vscode.workspace.asRelativePath(location.uri)} ${show(location.range)}`;
}

async function documentOf(relative: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixtureUri(relative));
}

/** The range of the `nth` occurrence of `needle` in a fixture, as `where` prints it. */
async function at(relative: string, needle: string, nth = 0): Promise<string> {
  return `${relative} ${show(rangeOf(await documentOf(relative), needle, nth))}`;
}

/** The resolved CodeLens titles of the map's touchpoints, by touchpoint id. */
async function mapLensTitles(): Promise<Record<string, string>> {
  const map = await documentOf(MAP);
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', map.uri, 100);
  const titles: Record<string, string> = {};
  for (const lens of lenses) {
    const id = map.getText(lens.range);
    if (lens.command && ['search-ad', 'pay', 'receipt'].includes(id)) titles[id] = lens.command.title;
  }
  return titles;
}

/** Polls the map's CodeLens until the touchpoint's title is the expected one (bounded only to fail a hang). */
async function lensBecomes(id: string, title: string): Promise<void> {
  const end = Date.now() + 15_000;
  let last: string | undefined;
  for (;;) {
    last = (await mapLensTitles())[id];
    if (last === title) return;
    if (Date.now() > end) assert.equal(last, title, `the CodeLens of ${id}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('code links: comments in code name touchpoints', () => {
  before(activated);
  after(closeAll);

  it('hovers a reference with the touchpoint card and a link that opens the map editor', async () => {
    const hero = await openFixture(HERO);
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', hero.uri, positionOf(hero, 'search-ad', 2));
    const ours = hover.filter((h) => hoverText(h).includes('Touchpoint `search-ad`'));
    assert.equal(ours.length, 1, hover.map(hoverText).join('\n---\n'));
    const text = hoverText(ours[0]);
    assert.match(text, /^### Search ad\n/);
    assert.match(text, /\*\*Stage:\*\* Discover \(`discover`\)/);
    assert.match(text, /\*\*Channel:\*\* Website \(`web`\)/);
    assert.match(text, /- Ad promises free delivery/);
    assert.match(text, /\[Open in the map editor\]\(command:cjm\.codeLinks\.openTouchpoint\?/);
    assert.equal(show(ours[0].range!), show(rangeOf(hero, 'codelinks-shop/search-ad')));
  });

  it('warns on an unknown touchpoint and an unknown map, with did-you-mean, at the mistyped id', async () => {
    const hero = await openFixture(HERO);
    const diagnostics = await until(() => {
      const found = cjmDiagnostics(hero.uri);
      return found.length === 2 ? found : undefined;
    }, 'two code-reference warnings in hero.ts');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, show(d.range), d.message]).sort(), [
      ['unknown-map', vscode.DiagnosticSeverity.Warning, show(rangeOf(hero, 'codelinks-shpo')),
        'Unknown map "codelinks-shpo": no *.cjm.yaml in the workspace has this id. Did you mean "codelinks-shop"?'],
      ['unknown-touchpoint', vscode.DiagnosticSeverity.Warning, show(rangeOf(hero, 'serch-ad')),
        'Map "codelinks-shop" has no touchpoint "serch-ad". Did you mean "search-ad"?'],
    ]);
  });

  it('offers the did-you-mean as a quick fix on the mistyped id', async () => {
    const hero = await openFixture(HERO);
    await until(() => (cjmDiagnostics(hero.uri).length === 2 ? true : undefined), 'the code-reference warnings');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', hero.uri, rangeOf(hero, 'serch-ad'));
    const fixes = actions.filter((a) => a.title.startsWith('Change to'));
    assert.deepEqual(fixes.map((a) => [a.title, a.edit?.get(hero.uri).map((e) => [show(e.range), e.newText])]), [
      ["Change to 'search-ad'", [[show(rangeOf(hero, 'serch-ad')), 'search-ad']]],
    ]);
  });

  it('goes from a Python comment to the touchpoint in the map', async () => {
    const pay = await openFixture(PAY);
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', pay.uri, positionOf(pay, 'codelinks-shop/pay', 16));
    assert.deepEqual(found.map((l) => ('targetUri' in l ? `${vscode.workspace.asRelativePath(l.targetUri)} ${show(l.targetSelectionRange ?? l.targetRange)}` : where(l))),
      [await at(MAP, 'pay', 0)]);
  });

  it('puts a CodeLens above each reference in Go: name · stage · channel · emotion', async () => {
    const go = await openFixture(RECEIPT);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', go.uri, 10);
    const ours = lenses.filter((l) => l.command?.title.startsWith('Touchpoint'));
    assert.deepEqual(ours.map((l) => [l.range.start.line, l.command?.title, l.command?.command]), [
      [4, 'Touchpoint: Receipt mail · Buy · E-mail · 0', 'cjm.codeLinks.openTouchpoint'],
      [6, 'Touchpoint: Search ad · Discover · Website · +1', 'cjm.codeLinks.openTouchpoint'],
    ]);
  });

  it('opens the map editor at the touchpoint from the CodeLens command', async () => {
    const go = await openFixture(RECEIPT);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', go.uri, 10);
    const command = lenses.find((l) => l.command?.command === 'cjm.codeLinks.openTouchpoint')!.command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(input instanceof vscode.TabInputCustom, 'a custom editor is active');
    assert.equal(input.viewType, 'cjm.mapEditor');
    assert.equal(input.uri.toString(), fixtureUri(MAP).toString());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('code links: the map knows where its touchpoints live in code', () => {
  before(activated);
  after(closeAll);

  it('shows on each touchpoint how many places in code reference it', async () => {
    await openFixture(MAP);
    await lensBecomes('search-ad', '2 code references');
    assert.deepEqual(await mapLensTitles(), { 'search-ad': '2 code references', pay: '1 code reference', receipt: '1 code reference' });
  });

  it('finds the code comments with the map\'s own references', async () => {
    const map = await openFixture(MAP);
    const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', map.uri, positionOf(map, 'id: search-ad', 5));
    assert.deepEqual(found.map(where).sort(), [
      await at(MAP, 'search-ad'), await at(HERO, 'search-ad'), await at(RECEIPT, 'search-ad'),
    ].sort());
  });

  it('renames a touchpoint in the map and in the comments in one edit', async () => {
    const map = await openFixture(MAP);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider', map.uri, positionOf(map, 'id: search-ad', 5), 'paid-search');
    const edits = edit.entries().flatMap(([uri, list]) => list.map((e) => `${where(new vscode.Location(uri, e.range))} → ${e.newText}`));
    assert.deepEqual(edits.sort(), [
      `${await at(MAP, 'search-ad')} → paid-search`, `${await at(HERO, 'search-ad')} → paid-search`,
      `${await at(RECEIPT, 'search-ad')} → paid-search`,
    ].sort());
  });

  it('renames the map id in every comment that names the map, Python, Go and TypeScript', async () => {
    const map = await openFixture(MAP);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider', map.uri, positionOf(map, 'id: codelinks-shop', 5), 'store');
    const edits = edit.entries().flatMap(([uri, list]) => list.map((e) => `${where(new vscode.Location(uri, e.range))} → ${e.newText}`));
    assert.deepEqual(edits.sort(), [
      await at(MAP, 'codelinks-shop'), await at(HERO, 'codelinks-shop', 0), await at(HERO, 'codelinks-shop', 1),
      await at(PAY, 'codelinks-shop'), await at(RECEIPT, 'codelinks-shop', 0), await at(RECEIPT, 'codelinks-shop', 1),
    ].map((w) => `${w} → store`).sort());
  });

  it('follows a file created and then deleted after the index was built', async () => {
    const extra = fixtureUri('codelinks/web/extra.ts');
    await lensBecomes('pay', '1 code reference');
    try {
      await vscode.workspace.fs.writeFile(extra, new TextEncoder().encode('// cjm: codelinks-shop/pay\nexport const extra = 1;\n'));
      await lensBecomes('pay', '2 code references');
    } finally {
      await vscode.workspace.fs.delete(extra);
    }
    await lensBecomes('pay', '1 code reference');
    const map = await openFixture(MAP);
    const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', map.uri, positionOf(map, 'id: pay', 5));
    assert.deepEqual(found.map(where).sort(), [await at(MAP, 'pay'), await at(PAY, 'pay', 1)].sort());
  });
});

describe('code links: code: entries of a map', () => {
  before(activated);
  after(closeAll);

  it('opens a #symbol link at the symbol', async () => {
    const map = await openFixture(MAP);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', map.uri);
    const link = links.find((l) => map.getText(l.range) === 'codelinks/web/hero.ts#renderHero');
    assert.ok(link?.target, 'the code entry is a link');
    assert.equal(link.target.scheme, 'command');
    const [file, symbol] = JSON.parse(decodeURIComponent(link.target.query)) as [string, string];
    await vscode.commands.executeCommand(link.target.path, file, symbol);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), fixtureUri(HERO).toString());
    assert.equal(show(editor!.selection), show(rangeOf(editor!.document, 'renderHero')));
  });

  it('re-checks a missing code path when the file is created and deleted', async () => {
    const later = fixtureUri('codelinks/web/later.ts');
    const scratch = await openScratch('cjm: 1\nstages:\n  - id: s\n    touchpoints:\n      - id: t\n        code: [codelinks/web/later.ts]\n');
    const missing = () => cjmDiagnostics(scratch.uri).filter((d) => d.code === 'missing-code-path').length;
    await until(() => (missing() === 1 ? true : undefined), 'the missing-code-path warning');
    try {
      await vscode.workspace.fs.writeFile(later, new TextEncoder().encode('export {};\n'));
      await until(() => (missing() === 0 ? true : undefined), 'the warning to go when the file appears');
    } finally {
      await vscode.workspace.fs.delete(later);
    }
    await until(() => (missing() === 1 ? true : undefined), 'the warning to come back when the file is deleted');
  });
});
