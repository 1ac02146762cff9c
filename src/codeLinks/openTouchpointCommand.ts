/**
 * `cjm.codeLinks.openTouchpoint`: opens a map in the map editor with a touchpoint highlighted (the hover's
 * and the code CodeLens's link). Internal: not in the command palette.
 */
import * as vscode from 'vscode';
import { getAnalysis } from '../host/analysisCache';
import { hostLog } from '../host/log';

/**
 * Highlights the item at `offset` in the map editor showing `mapUri` once that editor has its first snapshot,
 * waiting at most `timeoutMs`; false when it could not (given by extension.ts from src/editor).
 */
export type HighlightInMapEditor = (mapUri: vscode.Uri, offset: number, timeoutMs: number) => Promise<boolean>;

/** The command's id. */
export const OPEN_TOUCHPOINT = 'cjm.codeLinks.openTouchpoint';

/** How long to wait for a freshly opened map editor to take its first snapshot before highlighting. */
const READY_WAIT_MS = 5_000;

/** A `command:` URI for Markdown that runs the command with these arguments. */
export function openTouchpointUri(mapUri: vscode.Uri, touchpointId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_TOUCHPOINT}?${encodeURIComponent(JSON.stringify([mapUri.toString(), touchpointId]))}`);
}

/** Registers the command. */
export class OpenTouchpointCommand {
  /** Registers `cjm.codeLinks.openTouchpoint`. */
  static register(context: vscode.ExtensionContext, highlight: HighlightInMapEditor): void {
    context.subscriptions.push(vscode.commands.registerCommand(OPEN_TOUCHPOINT, (map: unknown, touchpointId: unknown) =>
      openTouchpoint(map instanceof vscode.Uri ? map : vscode.Uri.parse(String(map)), String(touchpointId), highlight)));
  }
}

/** Opens the map editor on the map and highlights the touchpoint once the editor has its first snapshot. */
export async function openTouchpoint(mapUri: vscode.Uri, touchpointId: string, highlight: HighlightInMapEditor): Promise<void> {
  const document = await vscode.workspace.openTextDocument(mapUri);
  const declaration = getAnalysis(document).index.declarations.find((d) => d.kind === 'touchpoint' && d.id === touchpointId);
  await openMapEditorAt(mapUri, declaration?.offset, highlight);
}

/**
 * Opens the map editor on the map (in `column` when given) and, once it has its first snapshot, highlights the
 * element at `offset`.
 */
export async function openMapEditorAt(mapUri: vscode.Uri, offset: number | undefined, highlight: HighlightInMapEditor, column?: vscode.ViewColumn): Promise<void> {
  if (column === undefined) await vscode.commands.executeCommand('vscode.openWith', mapUri, 'cjm.mapEditor');
  else await vscode.commands.executeCommand('vscode.openWith', mapUri, 'cjm.mapEditor', column);
  if (offset === undefined) return;
  if (!(await highlight(mapUri, offset, READY_WAIT_MS))) {
    hostLog().warn(`The map editor of ${mapUri.toString()} was not ready within ${READY_WAIT_MS} ms: the element at offset ${offset} is not highlighted`);
  }
}
