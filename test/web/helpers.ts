/** Shared by the browser-build suites: fixture documents under `web/`, exact positions, waiting without timing. */
import * as vscode from 'vscode';
import { ok } from './assert';

/** The URI of a file of the mounted test workspace (`vscode-test-web://mount/...`). */
export function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'the test workspace is mounted');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Opens a fixture in a text editor. */
export async function openFixture(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

let scratchCount = 0;

/** Opens a new untitled map holding `content` (edits on it never touch the fixtures). */
export async function openScratch(content: string): Promise<vscode.TextDocument> {
  scratchCount += 1;
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/web-scratch-${Date.now()}-${scratchCount}.cjm.yaml` });
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  ok(await vscode.workspace.applyEdit(edit), 'the scratch text is inserted');
  await vscode.window.showTextDocument(document);
  return document;
}

/** The position `delta` code units after the `nth` occurrence of `needle`. */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    ok(index >= 0, `"${needle}" (occurrence ${nth}) is in ${document.uri.toString()}`);
  }
  return document.positionAt(index + delta);
}

/** A range as `line:char-line:char`, for readable comparisons. */
export function show(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Polls until `probe` gives a value (it only bounds a hang; nothing is timed). */
export async function until<T>(probe: () => T | undefined | null | Promise<T | undefined | null>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Activates the extension (the browser entry, in this host). */
export async function activated(): Promise<void> {
  const ext = vscode.extensions.getExtension('journey-maps.journey-maps');
  ok(ext, 'the extension is installed');
  await ext.activate();
}

/** Closes every editor, reverting unsaved scratch text first. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
