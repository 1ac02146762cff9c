/**
 * Commands between the text and the map: open the map editor (here or to the side, like Markdown's
 * preview) and go back to the source from a map editor.
 */
import * as vscode from 'vscode';
import { MapEditorProvider } from './mapEditorProvider';
import { showText } from './revealSource';
import type { DocumentSessions } from './sessions';
import { t } from '../core/l10n/translate';

/** The map to act on: the command's argument (from a menu), else the active text editor's document. */
function targetUri(arg: unknown, sessions: DocumentSessions): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'cjm') return editor.document.uri;
  return sessions.active()?.document.uri;
}

/** Registers `cjm.openMapEditor`, `cjm.openMapEditorToSide` and `cjm.showSource`. */
export class MapEditorCommands {
  /** Registers the three commands. */
  static register(context: vscode.ExtensionContext, sessions: DocumentSessions): void {
    context.subscriptions.push(
      vscode.commands.registerCommand('cjm.openMapEditor', (arg?: unknown) => MapEditorCommands.open(targetUri(arg, sessions), vscode.ViewColumn.Active, false)),
      vscode.commands.registerCommand('cjm.openMapEditorToSide', (arg?: unknown) => MapEditorCommands.open(targetUri(arg, sessions), vscode.ViewColumn.Beside, true)),
      vscode.commands.registerCommand('cjm.showSource', (arg?: unknown) => MapEditorCommands.showSource(arg instanceof vscode.Uri ? arg : sessions.active()?.document.uri)),
    );
  }

  private static async open(uri: vscode.Uri | undefined, viewColumn: vscode.ViewColumn, preserveFocus: boolean): Promise<void> {
    if (!uri) {
      void vscode.window.showInformationMessage(t('Open a *.cjm.yaml file first.'));
      return;
    }
    await vscode.commands.executeCommand('vscode.openWith', uri, MapEditorProvider.viewType, { viewColumn, preserveFocus });
  }

  private static async showSource(uri: vscode.Uri | undefined): Promise<void> {
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(uri);
    await showText(document);
  }
}
