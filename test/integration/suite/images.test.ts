/** Pictures of maps in the real extension host: the image-missing warning at the exact path, the map editor's image URIs, the export's data URIs. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, cjmDiagnostics, closeAll, fixtureUri, openFixture, rangeOf, show, until } from './languageHelpers';

describe('images: map pictures', () => {
  before(activated);
  after(closeAll);

  it('warns at the exact path of a missing image, not at one that exists, and follows the file on disk', async () => {
    const document = await openFixture('images/pictures.cjm.yaml');
    const missing = () => cjmDiagnostics(document.uri).filter((d) => d.code === 'image-missing');
    const [warning] = await until(() => (missing().length === 1 ? missing() : undefined), 'the image-missing warning');
    assert.equal(show(warning.range), show(rangeOf(document, 'frames/missing.png')));
    assert.equal(show(warning.range), '11:12-11:30');
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(warning.message, 'Image file "frames/missing.png" does not exist (paths are relative to the map’s folder).');
    assert.deepEqual(cjmDiagnostics(document.uri).map((d) => d.code), ['image-missing']);
    const later = fixtureUri('images/frames/missing.png');
    try {
      await vscode.workspace.fs.writeFile(later, await vscode.workspace.fs.readFile(fixtureUri('images/photo.png')));
      await until(() => (missing().length === 0 ? true : undefined), 'the warning to go when the file appears');
    } finally {
      await vscode.workspace.fs.delete(fixtureUri('images/frames'), { recursive: true });
    }
    await until(() => (missing().length === 1 ? true : undefined), 'the warning to come back when the file is deleted');
  });

  it('refuses an http: image with an error at its value', async () => {
    const document = await openFixture('images/pictures.cjm.yaml');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, rangeOf(document, 'photo.png'), 'http://example.com/ana.png');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const invalid = await until(() => cjmDiagnostics(document.uri).find((d) => d.code === 'invalid-image'), 'invalid-image');
      assert.equal(show(invalid.range), show(rangeOf(document, 'http://example.com/ana.png')));
      assert.equal(invalid.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('gives the map editor webview URIs of image files, and follows a file that appears and vanishes', async () => {
    const uri = fixtureUri('images/pictures.cjm.yaml');
    await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
    type Images = Record<string, { src?: string; unavailable?: string }>;
    const images = async (): Promise<Images | undefined> =>
      ((await vscode.commands.executeCommand<{ lastImages: Images | null } | null>('cjm._test.sessionState', uri.toString()))?.lastImages ?? undefined);
    const first = await until(images, 'the first snapshot with images');
    assert.deepEqual(first['frames/missing.png'], { unavailable: 'missing' });
    assert.match(first['photo.png']?.src ?? '', /\/images\/photo\.png\?v=\d+-375$/);
    assert.doesNotMatch(first['photo.png']?.src ?? '', /^(file|data):/);
    const later = fixtureUri('images/frames/missing.png');
    try {
      await vscode.workspace.fs.writeFile(later, await vscode.workspace.fs.readFile(fixtureUri('images/photo.png')));
      const shown = await until(async () => ((await images())?.['frames/missing.png']?.src ? await images() : undefined), 'the new file in the map');
      assert.match(shown['frames/missing.png'].src ?? '', /\/images\/frames\/missing\.png\?v=\d+-375$/);
    } finally {
      await vscode.workspace.fs.delete(fixtureUri('images/frames'), { recursive: true });
    }
    await until(async () => ((await images())?.['frames/missing.png']?.unavailable === 'missing' ? true : undefined), 'the placeholder again');
  });

  it('gives the map editor a new URI when an image file changes on disk at the same path, so the webview loads it anew', async () => {
    // A map and picture of its own, written and deleted by this test, so the committed fixtures stay as they are.
    const folder = fixtureUri('images-versioned');
    const uri = fixtureUri('images-versioned/changing.cjm.yaml');
    const picture = fixtureUri('images-versioned/face.png');
    const photo = await vscode.workspace.fs.readFile(fixtureUri('images/photo.png'));
    const mapText = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('images/pictures.cjm.yaml'))).replace('photo.png', 'face.png');
    await vscode.workspace.fs.writeFile(picture, photo);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(mapText));
    const src = async (): Promise<string | undefined> => (await vscode.commands.executeCommand<{ lastImages: Record<string, { src?: string }> | null } | null>(
      'cjm._test.sessionState', uri.toString()))?.lastImages?.['face.png']?.src;
    try {
      await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
      const before = await until(src, 'the picture in the first snapshot');
      assert.match(before, /\/images-versioned\/face\.png\?v=\d+-375$/);
      const changed = new Uint8Array(photo.length + 16);
      changed.set(photo);
      await vscode.workspace.fs.writeFile(picture, changed);
      // The write may be seen half done (a truncated file of size 0) before it is seen whole: wait for the whole one.
      const after = await until(async () => { const now = await src(); return now?.endsWith('-391') ? now : undefined; }, 'the URI of the changed picture');
      assert.notEqual(after, before);
      assert.match(after, /\/images-versioned\/face\.png\?v=\d+-391$/);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  it('Export embeds the image file as a data URI in SVG and draws the missing one as a placeholder', async () => {
    const uri = fixtureUri('images/pictures.cjm.yaml');
    const target = fixtureUri('images-export/pictures.svg');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.export', uri, { format: 'svg', target });
      assert.equal(written?.toString(), target.toString());
      const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      const photo = Buffer.from(await vscode.workspace.fs.readFile(fixtureUri('images/photo.png'))).toString('base64');
      assert.equal([...svg.matchAll(/<image /g)].length, 1);
      assert.ok(svg.includes(`xlink:href="data:image/png;base64,${photo}"`));
      assert.ok(svg.includes('>Image not found</tspan>'));
    } finally {
      await vscode.workspace.fs.delete(fixtureUri('images-export'), { recursive: true, useTrash: false });
    }
  });

  it('preview.allowRemoteImages: off, the map editor gets the blocked placeholder; on, the https URL (its panel reloads with the new CSP)', async () => {
    // A map of its own, written and deleted by this test, so the committed fixtures stay as they are.
    const uri = fixtureUri('images/remote.cjm.yaml');
    const url = 'https://example.com/ana.png';
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('images/pictures.cjm.yaml'))).replace('photo.png', url);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(uri);
    const images = async (): Promise<Record<string, { src?: string; unavailable?: string }> | undefined> =>
      ((await vscode.commands.executeCommand<{ lastImages: Record<string, { src?: string; unavailable?: string }> | null } | null>(
        'cjm._test.sessionState', document.uri.toString()))?.lastImages ?? undefined);
    const setAllowed = async (value: boolean | undefined): Promise<void> => {
      const changed = new Promise<void>((resolve) => {
        const listener = vscode.workspace.onDidChangeConfiguration((e) => {
          if (e.affectsConfiguration('journeyMaps.preview.allowRemoteImages')) { listener.dispose(); resolve(); }
        });
      });
      await vscode.workspace.getConfiguration('journeyMaps.preview').update('allowRemoteImages', value, vscode.ConfigurationTarget.Workspace);
      await changed;
    };
    try {
      await vscode.commands.executeCommand('vscode.openWith', document.uri, 'cjm.mapEditor');
      const blocked = await until(async () => ((await images())?.[url] ? await images() : undefined), 'the remote image in a snapshot');
      assert.deepEqual(blocked[url], { unavailable: 'remote-blocked' });
      await setAllowed(true);
      await until(async () => ((await images())?.[url]?.src === url ? true : undefined), 'the URL once remote images are allowed');
      await setAllowed(undefined);
      await until(async () => ((await images())?.[url]?.unavailable === 'remote-blocked' ? true : undefined), 'the placeholder again');
    } finally {
      await vscode.workspace.getConfiguration('journeyMaps.preview').update('allowRemoteImages', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(fixtureUri('.vscode'), { recursive: true }).then(undefined, () => undefined);
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    }
  });
});
