/** Offsets of the core ↔ ranges of VS Code. */
import * as vscode from 'vscode';

/** The VS Code range of `length` code units from `offset`. */
export function toRange(document: vscode.TextDocument, offset: number, length: number): vscode.Range {
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + length));
}

/** True when the offset range touches the VS Code range (a caret at either end counts). */
export function touches(document: vscode.TextDocument, offset: number, length: number, range: vscode.Range): boolean {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  return offset <= end && offset + length >= start;
}
