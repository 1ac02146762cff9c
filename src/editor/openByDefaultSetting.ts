/**
 * `journeyMaps.mapEditor.openByDefault`: when true, `workbench.editorAssociations` maps `*.cjm.yaml` to the
 * map editor; when switched off, that entry (only if it still names the map editor) is removed. At start-up
 * only a missing association is added, so an association a user set by hand is never taken away unasked.
 */
import * as vscode from 'vscode';
import { logError } from '../host/log';
import { t } from '../core/l10n/translate';

const SETTING = 'journeyMaps.mapEditor.openByDefault';
const PATTERN = '*.cjm.yaml';
const VIEW_TYPE = 'cjm.mapEditor';

type Associations = Record<string, string>;

/** Where the user set `openByDefault`: the same scope receives the association. */
function targetOf(): vscode.ConfigurationTarget {
  const inspected = vscode.workspace.getConfiguration().inspect<boolean>(SETTING);
  if (inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined) return vscode.ConfigurationTarget.Workspace;
  return vscode.ConfigurationTarget.Global;
}

function associationsAt(target: vscode.ConfigurationTarget): Associations {
  const inspected = vscode.workspace.getConfiguration('workbench').inspect<unknown>('editorAssociations');
  const value = target === vscode.ConfigurationTarget.Global ? inspected?.globalValue : inspected?.workspaceValue;
  return value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Associations) } : {};
}

/** Brings `workbench.editorAssociations` in line with the setting; `removeWhenOff` only on a change by the user. */
export async function syncEditorAssociation(removeWhenOff: boolean): Promise<void> {
  const wanted = vscode.workspace.getConfiguration().get<boolean>(SETTING, false);
  const target = targetOf();
  const associations = associationsAt(target);
  const present = associations[PATTERN] === VIEW_TYPE;
  if (wanted === present || (!wanted && !removeWhenOff)) return;
  if (wanted) associations[PATTERN] = VIEW_TYPE;
  else delete associations[PATTERN];
  const value = Object.keys(associations).length > 0 ? associations : undefined;
  await vscode.workspace.getConfiguration('workbench').update('editorAssociations', value, target);
}

/** A settings file VS Code cannot write (read-only, or holding a syntax error): logged and shown once. */
function reportUnwritable(error: unknown): void {
  logError(`Could not update workbench.editorAssociations for ${SETTING}`, error);
  void vscode.window.showWarningMessage(
    t('Journey Maps could not update "{0}" for "{1}": {2}', 'workbench.editorAssociations', SETTING, error instanceof Error ? error.message : String(error)));
}

/** Watches the setting and applies it once at start-up. */
export class OpenByDefaultSetting {
  /** Registers the watcher. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTING)) void syncEditorAssociation(true).catch(reportUnwritable);
    }));
    void syncEditorAssociation(false).catch(reportUnwritable);
  }
}
