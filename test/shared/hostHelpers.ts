/**
 * Shared by the suites that run inside an extension host (desktop/code-server and the web worker): fixture
 * documents, scratch maps, exact positions from text, and waiting without timing. No Node APIs.
 */
import * as vscode from 'vscode';
import { equal, ok } from './assert';

/** The URI of a file of the test workspace. */
export function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Opens a fixture in a text editor. */
export async function openFixture(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

let scratchCount = 0;

/**
 * Opens a new untitled map with this text (edits on it never touch the fixtures). Each gets a name of its
 * own: a reused `Untitled-1` can still hold the text of the closed one in the extension host.
 */
export async function openScratch(content: string): Promise<vscode.TextDocument> {
  scratchCount += 1;
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/scratch-${Date.now()}-${scratchCount}.cjm.yaml` });
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  ok(await vscode.workspace.applyEdit(edit), 'the scratch text is inserted');
  equal(document.getText(), content, 'the scratch text');
  equal(document.languageId, 'cjm', 'the scratch language');
  await vscode.window.showTextDocument(document);
  return document;
}

/** The position `delta` code units after the `nth` occurrence of `needle`. */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    ok(index >= 0, `"${needle}" (occurrence ${nth}) is in the document ${document.uri.toString()}:\n${text}`);
  }
  return document.positionAt(index + delta);
}

/** The range of the `nth` occurrence of `needle`. */
export function rangeOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const start = positionOf(document, needle, 0, nth);
  return new vscode.Range(start, start.translate(0, needle.length));
}

/** A range as `line:char-line:char`, for readable deep-equal assertions. */
export function show(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Polls until `probe` gives a value (not a timing assertion: it only bounds a hang). */
export async function until<T>(probe: () => T | undefined | null | Promise<T | undefined | null>, what: string,
  timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the extension is active (the first map opened activates it). */
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
