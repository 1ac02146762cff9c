/** The Journey Maps view's commands: open a node in the map editor (click), open its text, export its map. */
import * as vscode from 'vscode';
import { openMapEditorAt, type HighlightInMapEditor } from '../codeLinks/openTouchpointCommand';
import { nodeOffset, type JourneyNode } from './journeyNodes';
import { OPEN_NODE_COMMAND } from './journeyTreeProvider';

/** Registers the commands of the view's nodes. */
export class JourneyViewCommands {
  /** Registers `cjm.mapsView.open`, `cjm.mapsView.openText`, `cjm.mapsView.export` and `cjm.mapsView.compareWith`. */
  static register(context: vscode.ExtensionContext, highlight: HighlightInMapEditor): void {
    context.subscriptions.push(
      vscode.commands.registerCommand(OPEN_NODE_COMMAND, (file: unknown, offset: unknown) =>
        openMapEditorAt(vscode.Uri.parse(String(file)), typeof offset === 'number' ? offset : undefined, highlight)),
      vscode.commands.registerCommand('cjm.mapsView.openText', (node: JourneyNode) => openText(node)),
      vscode.commands.registerCommand('cjm.mapsView.export', (node: JourneyNode) =>
        vscode.commands.executeCommand('cjm.export', vscode.Uri.parse(node.file))),
      vscode.commands.registerCommand('cjm.mapsView.compareWith', (node: JourneyNode) =>
        vscode.commands.executeCommand('cjm.compareWith', vscode.Uri.parse(node.file))),
    );
  }
}

/** Opens the map in the text editor with the element's id selected. */
async function openText(node: JourneyNode): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(node.file));
  const offset = nodeOffset(node);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  if (offset === undefined) return;
  const length = node.kind === 'stage' ? node.stage.length : node.kind === 'touchpoint' ? node.touchpoint.length : 0;
  const selection = new vscode.Selection(document.positionAt(offset), document.positionAt(offset + length));
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
