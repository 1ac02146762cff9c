/**
 * "Journey Map: Compare with…" (pick a git version or another map; the map editor then marks the changes) and
 * "Open Map Diff" (from a text diff editor of a `*.cjm.yaml`, e.g. opened from the Source Control view: the map
 * editor marks the changes between its two sides).
 */
import * as vscode from 'vscode';
import { mapOfSide } from '../core/diff/diffTexts';
import { MapEditorProvider } from '../editor/mapEditorProvider';
import type { DocumentSessions } from '../editor/sessions';
import { pickVersion, type PickedVersion } from './compareSources';
import { t } from '../core/l10n/translate';

/** How long a map editor opened for a comparison may take to come up. */
const OPEN_WAIT_MS = 15_000;

/** The map to compare: the command's argument, else the active map (text or map editor). */
function targetUri(arg: unknown, sessions: DocumentSessions): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'cjm') return editor.document.uri;
  return sessions.active()?.document.uri;
}

/** Opens (or reveals) the map editor of `uri` and shows its changes since `base` there. */
async function showDiff(uri: vscode.Uri, base: PickedVersion, sessions: DocumentSessions): Promise<void> {
  const side = mapOfSide(base);
  if ('error' in side) {
    void vscode.window.showErrorMessage(side.error);
    return;
  }
  const open = (sessions.existing(uri)?.panelCount ?? 0) > 0;
  const fromText = vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
  if (!open) {
    await vscode.commands.executeCommand('vscode.openWith', uri, MapEditorProvider.viewType,
      { viewColumn: fromText ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: fromText });
  }
  const session = await sessions.opened(uri, OPEN_WAIT_MS);
  if (!session) {
    void vscode.window.showErrorMessage(t('The map editor of {0} did not open.', vscode.workspace.asRelativePath(uri)));
    return;
  }
  session.setCompare({ label: base.label, map: side.map });
}

/** How a side of a diff editor is named: `REF:path` for a git version, else its workspace-relative path. */
function sideLabel(uri: vscode.Uri): string {
  // A git: URI holds the file's own path; only its scheme and query (the ref) differ.
  const path = vscode.workspace.asRelativePath(uri.scheme === 'git' ? uri.with({ scheme: 'file', query: '' }) : uri);
  if (uri.scheme !== 'git') return path;
  try {
    const ref = (JSON.parse(uri.query) as { ref?: unknown }).ref;
    const name = ref === '~' || ref === '' ? 'staged' : typeof ref === 'string' ? ref : 'git';
    return `${name}:${path}`;
  } catch {
    return `git:${path}`;
  }
}

/** Registers `cjm.compareWith` and `cjm.openMapDiff`. */
export class CompareCommands {
  /** Registers both commands. */
  static register(context: vscode.ExtensionContext, sessions: DocumentSessions): void {
    context.subscriptions.push(
      vscode.commands.registerCommand('cjm.compareWith', (arg?: unknown) => CompareCommands.run(() => CompareCommands.compareWith(arg, sessions))),
      vscode.commands.registerCommand('cjm.openMapDiff', () => CompareCommands.run(() => CompareCommands.openMapDiff(sessions))),
    );
  }

  private static async run(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      void vscode.window.showErrorMessage(t('Map diff failed: {0}', error instanceof Error ? error.message : String(error)));
    }
  }

  private static async compareWith(arg: unknown, sessions: DocumentSessions): Promise<void> {
    const uri = targetUri(arg, sessions);
    if (!uri) {
      void vscode.window.showInformationMessage(t('Open a *.cjm.yaml file first.'));
      return;
    }
    const base = await pickVersion(uri);
    if (base) await showDiff(uri, base, sessions);
  }

  private static async openMapDiff(sessions: DocumentSessions): Promise<void> {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (!(input instanceof vscode.TabInputTextDiff)) {
      void vscode.window.showInformationMessage(t('Open a *.cjm.yaml in a diff editor first (e.g. from the Source Control view).'));
      return;
    }
    const original = await vscode.workspace.openTextDocument(input.original);
    await showDiff(input.modified, { label: sideLabel(input.original), text: original.getText() }, sessions);
  }
}
