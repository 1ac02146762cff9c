/**
 * Shows a map's text in a text editor: beside the map editor when no text editor of it is visible, and
 * with the item at a path selected.
 */
import * as vscode from 'vscode';
import { contentEnd, locate, startOf } from '../core/edits/locate';
import type { Analysis, Path } from '../core/types';

/** Offsets of the item at `path`: from its first character to the end of its content (no trailing comments). */
export function itemRange(analysis: Analysis, path: Path): [number, number] | null {
  if (!analysis.doc) return null;
  const found = locate(analysis.doc, path);
  if (typeof found === 'string') return null;
  const target = found.node ?? found.pair;
  if (!target) return null;
  const start = startOf(target);
  return start === null ? null : [start, Math.max(start, contentEnd(analysis.text, target, start))];
}

/** The visible text editor of `document`, if any. */
export function visibleTextEditor(document: vscode.TextDocument): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
}

/**
 * Opens a text editor of the document, beside the active editor (the map) when none is visible; it takes the
 * focus unless `preserveFocus`.
 */
export async function showText(document: vscode.TextDocument, selection?: vscode.Range, preserveFocus = false): Promise<vscode.TextEditor> {
  const viewColumn = visibleTextEditor(document)?.viewColumn ?? vscode.ViewColumn.Beside;
  const editor = await vscode.window.showTextDocument(document, { viewColumn, selection, preserveFocus });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * Reveals the item at `path` in a text editor, selecting its text. The focus stays in the map: a click there
 * followed by typing or a double-click to rename must not type over the selected text.
 */
export async function revealPath(document: vscode.TextDocument, analysis: Analysis, path: Path): Promise<void> {
  const range = itemRange(analysis, path);
  const selection = range ? new vscode.Range(document.positionAt(range[0]), document.positionAt(range[1])) : undefined;
  await showText(document, selection, true);
}
