/**
 * Where new maps go and how they are written: a file name asked with validation, in a workspace folder, never
 * over an existing file; then opened in the map editor.
 */
import * as vscode from 'vscode';
import { logWarning } from '../host/log';
import { t } from '../core/l10n/translate';

const MAP_SUFFIX = '.cjm.yaml';

/** The name with `.cjm.yaml` added when it lacks it. */
export function withMapSuffix(name: string): string {
  const trimmed = name.trim();
  if (trimmed.endsWith(MAP_SUFFIX)) return trimmed;
  return `${trimmed.replace(/\.ya?ml$/i, '').replace(/\.cjm$/i, '')}${MAP_SUFFIX}`;
}

/** Why a typed file name cannot be used, or undefined when it can (a relative path inside the folder). */
export function fileNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return t('Type a file name, e.g. checkout.cjm.yaml.');
  const control = [...trimmed].some((c) => c.charCodeAt(0) < 0x20);
  if (control || /[\\:*?"<>|]/.test(trimmed)) return t('A file name cannot hold \\ : * ? " < > | or control characters.');
  if (trimmed.startsWith('/') || trimmed.split('/').some((part) => part === '..' || part === '')) {
    return t('Give a path inside the folder, without leading "/" or "..".');
  }
  return undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) logWarning(`Could not check ${uri.toString()}`, error);
    return false;
  }
}

/** The folder new maps go to: the active file's workspace folder, the only folder, or one the user picks. */
export async function targetFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const owner = active && vscode.workspace.getWorkspaceFolder(active);
  if (owner) return owner.uri;
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick({ placeHolder: t('Folder for the new map') }))?.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: t('Create the map here') });
  return picked?.[0];
}

/** Asks for a file name in `folder` (suggesting `suggested`); undefined when the user cancels. */
export async function askMapFile(folder: vscode.Uri, suggested: string): Promise<vscode.Uri | undefined> {
  const value = withMapSuffix(suggested);
  const name = await vscode.window.showInputBox({
    title: t('New journey map'),
    prompt: t('File name, in {0}', folder.path.split('/').pop() ?? folder.path),
    value,
    valueSelection: [0, value.length - MAP_SUFFIX.length],
    validateInput: async (input) => {
      const problem = fileNameProblem(input);
      if (problem) return problem;
      const uri = vscode.Uri.joinPath(folder, withMapSuffix(input));
      return (await exists(uri)) ? t('{0} already exists; choose another name.', withMapSuffix(input)) : undefined;
    },
  });
  return name === undefined ? undefined : vscode.Uri.joinPath(folder, withMapSuffix(name));
}

/** Writes a new map and opens it in the map editor; refuses (and says so) when the file exists. */
export async function createMapFile(uri: vscode.Uri, text: string): Promise<boolean> {
  if (await exists(uri)) {
    void vscode.window.showErrorMessage(t('{0} already exists; nothing was overwritten.', vscode.workspace.asRelativePath(uri)));
    return false;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
  return true;
}
