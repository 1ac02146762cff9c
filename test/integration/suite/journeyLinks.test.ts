/**
 * `journey:` links across maps in the real extension host: an unknown map is a diagnostic with a did-you-mean,
 * go to definition lands on the target stage in the other file, hover shows the target's summary, and find
 * references on the target map's id lists the link.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, closeAll, fixtureUri, hoverText, openFixture, positionOf, rangeOf, show, temporaryFixture, until } from './languageHelpers';

const HUB = 'journeys/hub.cjm.yaml';
const SUPPORT = 'journeys/support.cjm.yaml';

function journeyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'unknown-journey');
}

describe('journey links', () => {
  before(activated);
  after(closeAll);

  it('reports a link to an unknown map on its id, with a did-you-mean', async () => {
    const hub = await openFixture(HUB);
    const found = await until(() => {
      const list = journeyDiagnostics(hub.uri);
      return list.length ? list : undefined;
    }, 'the unknown-journey diagnostic');
    assert.deepEqual(found.map((d) => [show(d.range), d.message, d.severity]), [
      [show(rangeOf(hub, 'journey-suport')), 'Unknown journey "journey-suport": no map in the workspace has this id. Did you mean "journey-support"?', vscode.DiagnosticSeverity.Error],
    ]);
  });

  it('goes to the linked stage in the other map', async () => {
    const hub = await openFixture(HUB);
    const links = await vscode.commands.executeCommand<vscode.LocationLink[]>('vscode.executeDefinitionProvider', hub.uri, positionOf(hub, 'journey-support/call', 3));
    const support = await vscode.workspace.openTextDocument(fixtureUri(SUPPORT));
    const ours = links.filter((l) => l.targetUri.path.endsWith(SUPPORT));
    assert.deepEqual(ours.map((l) => show(l.targetRange)), [show(rangeOf(support, 'call'))]);
  });

  it('shows the linked map in a hover', async () => {
    const hub = await openFixture(HUB);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', hub.uri, positionOf(hub, 'journey-support/call', 3));
    const text = hovers.map(hoverText).join('\n');
    assert.ok(text.includes('**Support line (journeys/support.cjm.yaml)**'), text);
    assert.ok(text.includes('Stages: \\[Call the line\\] → Get it solved'), text);
    assert.ok(text.includes('Average emotion: +0.5'), text);
  });

  it('finds the links into a map from its id', async () => {
    const support = await openFixture(SUPPORT);
    const hub = await vscode.workspace.openTextDocument(fixtureUri(HUB));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', support.uri, positionOf(support, 'journey-support', 2));
    const fromHub = refs.filter((r) => r.uri.path.endsWith(HUB)).map((r) => show(r.range));
    assert.deepEqual(fromHub, [show(rangeOf(hub, 'journey-support/call'))]);
  });

  it('renaming the target map id or stage id rewrites the link in the other map', async () => {
    const support = await openFixture(SUPPORT);
    const hub = await vscode.workspace.openTextDocument(fixtureUri(HUB));
    const editsIn = async (needle: string, offset: number, newName: string): Promise<string[]> => {
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', support.uri, positionOf(support, needle, offset), newName);
      return edit.get(hub.uri).map((e) => `${show(e.range)} ${e.newText}`);
    };
    const link = rangeOf(hub, 'journey-support/call');
    const at = (from: number, to: number): string => show(new vscode.Range(link.start.translate(0, from), link.start.translate(0, to)));
    assert.deepEqual(await editsIn('id: call', 5, 'phone-call'), [`${at(16, 20)} phone-call`]);
    assert.deepEqual(await editsIn('journey-support', 2, 'helpdesk'), [`${at(0, 15)} helpdesk`]);
  });
});

describe('journey links in the map editor', () => {
  before(activated);
  after(closeAll);

  type SessionState = { panels: number; lastHighlight: string | null };
  const sessionState = (uri: vscode.Uri) => vscode.commands.executeCommand<SessionState | null>('cjm._test.sessionState', uri.toString());
  const openJourney = (uri: vscode.Uri, link: string) => vscode.commands.executeCommand<boolean>('cjm._test.openJourney', uri.toString(), link);
  const activeCustomTab = () => {
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    return tab?.input instanceof vscode.TabInputCustom ? { path: tab.input.uri.path, viewType: tab.input.viewType, group: tab.group.viewColumn } : undefined;
  };

  it('opens the linked map in the map editor of the same group, with the linked stage highlighted', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const hub = fixtureUri(HUB);
    const support = fixtureUri(SUPPORT);
    await vscode.commands.executeCommand('vscode.openWith', hub, 'cjm.mapEditor');
    await until(async () => ((await sessionState(hub))?.panels ?? 0) > 0 || undefined, 'the hub map editor');
    const group = activeCustomTab()?.group;
    assert.equal(await openJourney(hub, 'journey-support/call'), true);
    const highlight = await until(async () => (await sessionState(support))?.lastHighlight ?? undefined, 'the highlighted stage in the support map editor');
    assert.equal(highlight, 'stages.0');
    assert.deepEqual(activeCustomTab(), { path: support.path, viewType: 'cjm.mapEditor', group });
    assert.equal(vscode.window.tabGroups.all.length, 1, 'no new editor group');
  });

  it('opens nothing for a link to an unknown map', async () => {
    const hub = fixtureUri(HUB);
    await vscode.commands.executeCommand('vscode.openWith', hub, 'cjm.mapEditor');
    await until(async () => ((await sessionState(hub))?.panels ?? 0) > 0 || undefined, 'the hub map editor');
    assert.equal(await openJourney(hub, 'journey-suport'), false);
    assert.equal(activeCustomTab()?.path, hub.path);
  });
});

describe('journey links: Validate All and the did-you-mean quick fix', () => {
  const CLOSED = 'journeys/closed-hub.cjm.yaml';
  const TEXT = 'cjm: 1\nid: journey-closed\ntitle: Closed hub\nstages:\n  - id: ask\n    name: Ask\n    journey: journey-suport\n'
    + '  - id: wait\n    name: Wait\n    journey: journey-support/cal\n';
  const MAP_ID = '6:13-6:27';
  const STAGE_ID = '9:29-9:32';
  const MESSAGES = [
    [MAP_ID, 'Unknown journey "journey-suport": no map in the workspace has this id. Did you mean "journey-support"?'],
    [STAGE_ID, 'Map "journey-support" has no stage "cal". Did you mean "call"?'],
  ];

  temporaryFixture(CLOSED, TEXT);

  it('Validate All reports the unknown map and the unknown stage of a map that is not open, at their ids', async () => {
    const uri = fixtureUri(CLOSED);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the map is not open');
    const summary = await vscode.commands.executeCommand<{ errors: number }>('cjm.validateAll');
    assert.deepEqual(journeyDiagnostics(uri).map((d) => [show(d.range), d.message]), MESSAGES);
    assert.ok(summary.errors >= 2);
  });

  it('offers each did-you-mean as a quick fix that replaces only the map id or the stage id', async () => {
    const document = await openFixture(CLOSED);
    const diagnostics = await until(() => {
      const list = journeyDiagnostics(document.uri);
      return list.length === 2 ? list : undefined;
    }, 'the two unknown-journey diagnostics of the open map');
    const fixOf = async (range: vscode.Range, title: string) => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
      const fixes = actions.filter((a) => a.title === title);
      assert.equal(fixes.length, 1, actions.map((a) => a.title).join(', '));
      return fixes[0].edit!.entries().flatMap(([, list]) => list.map((e) => `${show(e.range)} ${e.newText}`));
    };
    const byRange = new Map(diagnostics.map((d) => [show(d.range), d.range]));
    assert.deepEqual(await fixOf(byRange.get(MAP_ID)!, 'Change to \'journey-support\''), [`${MAP_ID} journey-support`]);
    assert.deepEqual(await fixOf(byRange.get(STAGE_ID)!, 'Change to \'call\''), [`${STAGE_ID} call`]);
  });
});
