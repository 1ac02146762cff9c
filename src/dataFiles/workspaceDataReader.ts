/**
 * Data files for the resolver, read through `vscode.workspace.fs` (so the browser build reads them too), or
 * from an open editor when the file is open there (unsaved edits count). Texts read from disk are kept until
 * the watcher says the file changed, so unchanged files are not re-read.
 */
import * as vscode from 'vscode';
import type { DataFileContent, DataFileReader } from '../core/data/types';
import { t } from '../core/l10n/translate';

const diskTexts = new Map<string, { text: string; version: string }>();

/** Forgets the kept text of a data file (it changed, was created or deleted). */
export function invalidateDataFile(uri: vscode.Uri): void {
  diskTexts.delete(uri.toString());
}

/** Reads `/`-separated paths as URIs of one scheme and authority (that of the maps that name them). */
export class WorkspaceDataReader implements DataFileReader {
  constructor(private readonly base: vscode.Uri) {}

  /** The URI of a path this reader reads. */
  uriOf(path: string): vscode.Uri {
    return this.base.with({ path, query: '', fragment: '' });
  }

  /** The text of the file at `path`: from its open editor, else from disk (kept until it changes). */
  async read(path: string): Promise<DataFileContent> {
    const uri = this.uriOf(path);
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) return { ok: true, text: open.getText(), version: `editor:${open.version}` };
    const kept = diskTexts.get(key);
    if (kept) return { ok: true, ...kept };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return { ok: false, missing: false, reason: t('it is a folder') };
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      const content = { text, version: `disk:${stat.mtime}:${stat.size}` };
      diskTexts.set(key, content);
      return { ok: true, ...content };
    } catch (error) {
      const missing = error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
      return { ok: false, missing, reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
