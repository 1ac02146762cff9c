/**
 * Follows the data files maps read: a change on disk (file watcher) or in an editor (typing, with a short
 * pause) re-resolves every open map that reads the file. Also registers the hover on `source:`.
 */
import * as vscode from 'vscode';
import { KeyedDebounce } from '../host/keyedDebounce';
import { dataFileChanged, forgetMapData, isDataFileOfSomeMap } from './mapDataCache';
import { SourceHoverProvider } from './sourceHoverProvider';

/** How long typing in a data file must pause before the maps that read it update. */
const EDIT_DEBOUNCE_MS = 150;

/** Registers the data file listeners and the source hover. */
export function registerMapData(context: vscode.ExtensionContext): void {
  const edits = new KeyedDebounce(EDIT_DEBOUNCE_MS);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{csv,json,CSV,JSON}');
  const onDisk = (uri: vscode.Uri): void => dataFileChanged(uri);
  context.subscriptions.push(
    edits, watcher,
    watcher.onDidChange(onDisk), watcher.onDidCreate(onDisk), watcher.onDidDelete(onDisk),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0 || !isDataFileOfSomeMap(e.document.uri)) return;
      edits.schedule(e.document.uri.toString(), () => dataFileChanged(e.document.uri));
    }),
    // A closed editor's unsaved text no longer counts: the file on disk does again.
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (isDataFileOfSomeMap(d.uri)) dataFileChanged(d.uri);
      if (d.languageId === 'cjm') forgetMapData(d.uri);
    }),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (isDataFileOfSomeMap(d.uri)) dataFileChanged(d.uri);
    }),
  );
  SourceHoverProvider.register(context);
}
