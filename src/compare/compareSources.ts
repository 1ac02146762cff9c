/**
 * "Compare with…": the versions a map can be compared with (git versions through the Git extension's API, other
 * `*.cjm.yaml` files of the workspace, any file picked from disk) and the text of the one the user picks.
 */
import * as vscode from 'vscode';
import { gitHistoryOf } from './gitApi';
import { t } from '../core/l10n/translate';

/** A version the user picked: how to name it and its text. */
export interface PickedVersion {
  label: string;
  text: string;
}

type Item = vscode.QuickPickItem & { read?: () => Promise<PickedVersion | undefined> };

const decoder = new TextDecoder();

async function readFile(uri: vscode.Uri): Promise<PickedVersion> {
  return { label: vscode.workspace.asRelativePath(uri), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) };
}

async function fileItems(target: vscode.Uri): Promise<Item[]> {
  const files = await vscode.workspace.findFiles('**/*.cjm.yaml', '**/node_modules/**', 500);
  const items: Item[] = files.filter((f) => f.toString() !== target.toString())
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file) => ({ label: `$(file) ${vscode.workspace.asRelativePath(file)}`, read: () => readFile(file) }));
  items.push({
    label: `$(folder-opened) ${t('Browse…')}`,
    read: async () => {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [t('Journey maps')]: ['yaml'] } });
      return picked?.[0] ? readFile(picked[0]) : undefined;
    },
  });
  return items;
}

/** The items of the picker: git versions (or why there are none), then map files; and the placeholder. */
async function pickerItems(target: vscode.Uri): Promise<{ items: Item[]; placeholder: string }> {
  const git = await gitHistoryOf(target);
  const path = vscode.workspace.asRelativePath(target);
  const files: Item[] = [{ label: t('Map files'), kind: vscode.QuickPickItemKind.Separator }, ...(await fileItems(target))];
  if ('reason' in git) {
    return { items: files, placeholder: t('No git versions: {0}. Compare with another map file', git.reason) };
  }
  const { versions: found, notes } = await git.versions();
  const versions: Item[] = found.map((v) => ({
    label: v.label, description: v.description,
    read: async () => ({ label: `${v.ref === '' ? 'staged' : v.ref.length === 40 ? v.ref.slice(0, 8) : v.ref}:${path}`, text: await git.show(v.ref) }),
  }));
  return {
    items: [{ label: 'Git', kind: vscode.QuickPickItemKind.Separator }, ...versions,
      ...notes.map((note): Item => ({ label: note, kind: vscode.QuickPickItemKind.Separator })), ...files],
    placeholder: t('Compare {0} with a git version or another map', path),
  };
}

/** Asks which version to compare `target` with; undefined when the user cancels. */
export async function pickVersion(target: vscode.Uri): Promise<PickedVersion | undefined> {
  const { items, placeholder } = await pickerItems(target);
  const picked = await vscode.window.showQuickPick(items, { placeHolder: placeholder, matchOnDescription: true });
  return picked?.read?.();
}
