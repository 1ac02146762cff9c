/**
 * The `missing-code-path` warning: a touchpoint's `code:` path that does not exist in the workspace.
 * Uses vscode.workspace.fs, so it works in the browser build too.
 */
import * as vscode from 'vscode';
import { codeEntriesOf, parseCodeTarget, type ScalarEntry } from '../core/positionLinks';
import type { Analysis, Problem } from '../core/types';
import { t } from '../core/l10n/translate';

/** The folder `code:` paths are relative to: the map's workspace folder, else the first one, else the map's folder. */
export function codeRoot(mapUri: vscode.Uri): vscode.Uri {
  const folder = vscode.workspace.getWorkspaceFolder(mapUri) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? folder.uri : vscode.Uri.joinPath(mapUri, '..');
}

/** True when the setting `journeyMaps.validation.checkCodePaths` is on (default). */
export function codePathCheckEnabled(mapUri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('journeyMaps.validation', mapUri).get<boolean>('checkCodePaths', true);
}

/** One warning per `code:` entry whose file or folder does not exist; reads the document only where the model has `code:` entries. */
export async function missingCodePathProblemsOf(mapUri: vscode.Uri, analysis: Analysis): Promise<Problem[]> {
  return missingAmong(mapUri, codeEntriesOf(analysis));
}

async function missingAmong(mapUri: vscode.Uri, entries: ScalarEntry[]): Promise<Problem[]> {
  if (entries.length === 0 || !codePathCheckEnabled(mapUri)) return [];
  const root = codeRoot(mapUri);
  const known = new Map<string, Promise<boolean>>();
  const exists = (file: string): Promise<boolean> => {
    if (!known.has(file)) {
      known.set(file, Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(root, file))).then(() => true, () => false));
    }
    return known.get(file)!;
  };
  const results = await Promise.all(entries.map(async (entry) => {
    const { file } = parseCodeTarget(entry.value);
    if (file === '' || /^[a-z][a-z0-9+.-]*:/i.test(file) || (await exists(file))) return undefined;
    const problem: Problem = {
      offset: entry.offset, length: entry.length, severity: 'warning', code: 'missing-code-path', path: entry.path,
      message: t('Code path "{0}" does not exist in the workspace (paths are relative to the workspace folder).', file),
    };
    return problem;
  }));
  return results.filter((p): p is Problem => !!p);
}
