/**
 * Commands between the text and the map: open the map editor (here or to the side, like Markdown's
 * preview) and go back to the source from a map editor.
 */
import * as vscode from 'vscode';
import { MapEditorProvider } from './mapEditorProvider';
import { showText } from './revealSource';
import { activeSession } from './sessions';

/** The map to act on: the command's argument (from a menu), else the active text editor's document. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'cjm') return editor.document.uri;
  return activeSession()?.document.uri;
}

/** Registers `cjm.openMapEditor`, `cjm.openMapEditorToSide` and `cjm.showSource`. */
export class MapEditorCommands {
  /** Registers the three commands. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
      vscode.commands.registerCommand('cjm.openMapEditor', (arg?: unknown) => MapEditorCommands.open(arg, vscode.ViewColumn.Active, false)),
      vscode.commands.registerCommand('cjm.openMapEditorToSide', (arg?: unknown) => MapEditorCommands.open(arg, vscode.ViewColumn.Beside, true)),
      vscode.commands.registerCommand('cjm.showSource', (arg?: unknown) => MapEditorCommands.showSource(arg)),
    );
  }

  private static async open(arg: unknown, viewColumn: vscode.ViewColumn, preserveFocus: boolean): Promise<void> {
    const uri = targetUri(arg);
    if (!uri) {
      void vscode.window.showInformationMessage('Open a *.cjm.yaml file first.');
      return;
    }
    await vscode.commands.executeCommand('vscode.openWith', uri, MapEditorProvider.viewType, { viewColumn, preserveFocus });
  }

  private static async showSource(arg: unknown): Promise<void> {
    const uri = arg instanceof vscode.Uri ? arg : activeSession()?.document.uri;
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(uri);
    await showText(document);
  }
}
