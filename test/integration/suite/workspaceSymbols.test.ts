/**
 * "Go to Symbol in Workspace" in the real extension host: a touchpoint, a stage and a persona of a map that is
 * not open are found by name, with the map's title as their container and the exact range of their id; a persona of
 * a `*.personas.yaml` file with the file's name as its container.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, closeAll, fixtureUri, positionOf, rangeOf, show } from './languageHelpers';

const MAP = 'codelinks/shop.cjm.yaml';

async function symbols(query: string): Promise<vscode.SymbolInformation[]> {
  return vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
}

/** `name | kind | container | relative-path range` of the symbols from this extension (a map's kinds only). */
function rows(found: vscode.SymbolInformation[]): string[] {
  const ours = new Set([vscode.SymbolKind.File, vscode.SymbolKind.Class, vscode.SymbolKind.Event, vscode.SymbolKind.Interface]);
  return found.filter((s) => ours.has(s.kind) && s.location.uri.path.endsWith('.cjm.yaml'))
    .map((s) => `${s.name} | ${vscode.SymbolKind[s.kind]} | ${s.containerName} | ${vscode.workspace.asRelativePath(s.location.uri)} ${show(s.location.range)}`);
}

describe('workspace symbols', () => {
  before(activated);
  after(closeAll);

  it('finds a touchpoint of a map that is not open, with its stage and map as container', async () => {
    const map = await vscode.workspace.openTextDocument(fixtureUri(MAP));
    const other = await vscode.workspace.openTextDocument(fixtureUri('lang-checkout.cjm.yaml'));
    assert.deepEqual(rows(await symbols('Receipt mail')), [
      `Receipt mail | Event | Code links shop › Buy | ${MAP} ${show(rangeOf(map, 'receipt'))}`,
      `Receipt mail | Event | First online purchase › Buy | lang-checkout.cjm.yaml ${show(new vscode.Range(positionOf(other, 'id: receipt', 4), positionOf(other, 'id: receipt', 11)))}`,
    ]);
  });

  it('finds stages and personas by id as well as by name', async () => {
    const map = await vscode.workspace.openTextDocument(fixtureUri(MAP));
    const found = rows(await symbols('anna'));
    assert.ok(found.includes(`Anna | Interface | Code links shop | ${MAP} ${show(rangeOf(map, 'anna'))}`), found.join('\n'));
    const stages = rows(await symbols('discover')).filter((r) => r.includes(MAP));
    assert.deepEqual(stages, [`Discover | Class | Code links shop | ${MAP} ${show(rangeOf(map, 'discover'))}`]);
  });

  it('finds the personas of a *.personas.yaml file, with the file name as container', async () => {
    const team = await vscode.workspace.openTextDocument(fixtureUri('personas/team.personas.yaml'));
    const found = (await symbols('night nurse')).filter((s) => s.location.uri.path.endsWith('.personas.yaml'))
      .map((s) => `${s.name} | ${vscode.SymbolKind[s.kind]} | ${s.containerName} | ${vscode.workspace.asRelativePath(s.location.uri)} ${show(s.location.range)}`);
    assert.deepEqual(found, [`Olga, night-shift nurse | Interface | team.personas.yaml | personas/team.personas.yaml ${show(rangeOf(team, 'olga'))}`]);
    const byId = (await symbols('piotr')).filter((s) => s.location.uri.path.endsWith('.personas.yaml')).map((s) => s.name);
    assert.deepEqual(byId, ['Piotr']);
  });
});
