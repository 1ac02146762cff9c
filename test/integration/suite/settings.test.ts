/**
 * The settings in the real extension host, each switched as a user does (workspace settings) and back:
 * `validation.checkCodePaths`, `codeReferences.marker` and `export.theme: current`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, cjmDiagnostics, closeAll, fixtureUri, openFixture, rangeOf, show, until } from './languageHelpers';

/** Sets a setting in the workspace (undefined removes it) and waits until VS Code reports the change. */
async function setSetting(section: string, key: string, value: unknown): Promise<void> {
  const changed = new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${section}.${key}`)) {
        listener.dispose();
        resolve();
      }
    });
  });
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Workspace);
  await changed;
}

/** The resolved CodeLens titles of codelinks/shop.cjm.yaml, by touchpoint id. */
async function lensTitles(): Promise<Record<string, string>> {
  const map = await vscode.workspace.openTextDocument(fixtureUri('codelinks/shop.cjm.yaml'));
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', map.uri, 100);
  return Object.fromEntries(lenses.filter((l) => l.command).map((l) => [map.getText(l.range), l.command!.title]));
}

/** Waits until the CodeLens titles equal `expected` for the ids it names (fails with the last titles on a hang). */
async function lensesBecome(expected: Record<string, string>): Promise<void> {
  let last: Record<string, string> = {};
  try {
    await until(async () => {
      last = await lensTitles();
      return Object.entries(expected).every(([id, title]) => last[id] === title) ? true : undefined;
    }, 'the CodeLens titles');
  } catch (error) {
    assert.deepEqual(last, expected, String(error));
  }
}

describe('settings', function () {
  this.timeout(90_000);
  before(activated);
  after(async () => {
    await closeAll();
    // Switching workspace settings wrote .vscode/settings.json into the fixture folder: take it away again.
    await vscode.workspace.fs.delete(fixtureUri('.vscode'), { recursive: true }).then(undefined, () => undefined);
  });

  it('validation.checkCodePaths: false drops the missing-code-path warning, true brings it back', async () => {
    const document = await openFixture('lang-checkout.cjm.yaml');
    const missing = () => cjmDiagnostics(document.uri).find((d) => d.code === 'missing-code-path');
    const first = await until(missing, 'missing-code-path while the check is on');
    assert.equal(show(first.range), show(rangeOf(document, 'lang-src/missing.ts')));
    try {
      await setSetting('journeyMaps.validation', 'checkCodePaths', false);
      // Validate All re-checks the open map and resolves once its diagnostics are final.
      await vscode.commands.executeCommand('cjm.validateAll');
      assert.deepEqual(cjmDiagnostics(document.uri).map((d) => d.code), []);
    } finally {
      await setSetting('journeyMaps.validation', 'checkCodePaths', undefined);
    }
    await until(missing, 'missing-code-path again once the check is back on');
  });

  it('codeReferences.marker: comments with the new marker count, those with the old one no longer do', async () => {
    const extra = fixtureUri('codelinks/web/marker.ts');
    await lensesBecome({ 'search-ad': '2 code references', pay: '1 code reference' });
    await vscode.workspace.fs.writeFile(extra, new TextEncoder().encode('// journey: codelinks-shop/pay\nexport const marked = 1;\n'));
    try {
      await setSetting('journeyMaps.codeReferences', 'marker', 'journey:');
      await lensesBecome({ 'search-ad': 'no code references', pay: '1 code reference', receipt: 'no code references' });
    } finally {
      await setSetting('journeyMaps.codeReferences', 'marker', undefined);
      await vscode.workspace.fs.delete(extra);
    }
    await lensesBecome({ 'search-ad': '2 code references', pay: '1 code reference', receipt: '1 code reference' });
  });

  it('export.theme: current exports dark colours under a dark or high-contrast theme, print the print colours', async () => {
    const target = fixtureUri('settings-export.html');
    const map = fixtureUri('editor-checkout.cjm.yaml');
    const exported = async () => {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.export', map, { format: 'html', target });
      assert.equal(written?.toString(), target.toString());
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    };
    const background = (html: string) => /--vscode-editor-background: ([^;]+);/.exec(html)?.[1];
    try {
      const print = await exported();
      assert.equal(background(print), '#ffffff');
      assert.match(print, /<body class="vscode-light">/);
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', 'Default High Contrast', vscode.ConfigurationTarget.Global);
      await setSetting('journeyMaps.export', 'theme', 'current');
      const current = await exported();
      assert.equal(background(current)?.toLowerCase(), '#1e1e1e', 'the dark export background under a high-contrast theme');
      assert.match(current, /<body class="vscode-dark">/);
    } finally {
      await setSetting('journeyMaps.export', 'theme', undefined);
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });
});
