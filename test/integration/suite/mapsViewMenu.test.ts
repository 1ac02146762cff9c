/** The Journey Maps view's context menu on a map: Compare with… is contributed there and its command is registered. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from './languageHelpers';

interface MenuItem { command: string; when?: string; group?: string }

describe('Journey Maps view: Compare with… on a map', () => {
  before(activated);

  it('offers Compare with… in the context menu of a map (not of a stage or touchpoint), with a registered command', async () => {
    const extension = vscode.extensions.getExtension('journey-maps.journey-maps');
    assert.ok(extension);
    const menus = (extension.packageJSON as { contributes: { menus: Record<string, MenuItem[]> } }).contributes.menus;
    const items = menus['view/item/context'].filter((item) => item.command === 'cjm.mapsView.compareWith');
    assert.deepEqual(items, [{ command: 'cjm.mapsView.compareWith', when: 'view == journeyMaps.mapsView && viewItem == cjm.map', group: 'navigation@3' }]);
    assert.ok((await vscode.commands.getCommands(true)).includes('cjm.mapsView.compareWith'));
  });
});
