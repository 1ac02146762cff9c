/**
 * "Journey Map: Validate All Maps" in the web worker extension host: it finds maps through workspace.findFiles
 * on the mounted (virtual) workspace and fills the Problems panel for maps that are not open.
 */
import * as vscode from 'vscode';
import { deepEqual, ok } from '../../shared/assert';
import { activated, closeAll, fixtureUri, show } from '../../shared/hostHelpers';

interface Summary { maps: number; errors: number; warnings: number }

describe('browser build: Validate All Maps', () => {
  before(async () => {
    await activated();
    await closeAll();
  });

  it('checks maps that are not open, broken and clean', async () => {
    const summary = await vscode.commands.executeCommand<Summary>('cjm.validateAll');
    ok(summary.maps >= 6, `found ${summary.maps} maps`);
    ok(summary.errors >= 2, `found ${summary.errors} errors`);
    const diagnostics = (relative: string) => vscode.languages.getDiagnostics(fixtureUri(relative))
      .filter((d) => d.source === 'cjm').map((d) => `${d.code} ${show(d.range)}`);
    deepEqual(diagnostics('web/broken.cjm.yaml'), ['unused-channel 5:8-5:11', 'unknown-channel 11:49-11:51', 'invalid-emotion 11:62-11:63']);
    deepEqual(diagnostics('web/checkout.cjm.yaml'), []);
    deepEqual(diagnostics('web/data-closed.cjm.yaml'), ['data-column-missing 6:81-6:87'], 'data files are read for maps that are not open');
  });
});
