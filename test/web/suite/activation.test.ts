/** The browser build (dist/web/extension.js) in the web worker extension host, as on vscode.dev. */
import * as vscode from 'vscode';
import { equal, ok } from '../../shared/assert';

const EXTENSION_ID = 'journey-maps.journey-maps';

async function openMap(): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'the test workspace is mounted');
  const uri = vscode.Uri.joinPath(folder.uri, 'harness', 'minimal.cjm.yaml');
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

describe('browser build', () => {
  it('runs in a web worker extension host', () => {
    equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'importScripts');
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'uiKind');
  });

  it('gives a *.cjm.yaml file the language id `cjm`', async () => {
    const doc = await openMap();
    equal(doc.languageId, 'cjm');
  });

  it('activates the browser entry on a map', async () => {
    await openMap();
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    ok(ext, `${EXTENSION_ID} is installed`);
    await ext.activate();
    equal(ext.isActive, true, 'isActive');
  });
});
