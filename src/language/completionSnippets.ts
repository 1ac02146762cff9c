/** Snippets offered at the start of a new stage or touchpoint list item. */
import * as vscode from 'vscode';
import type { Path } from '../core/types';

/** The snippet items for a new list item at `path` (a stage or a touchpoint), else none. */
export function snippetItems(path: Path): vscode.CompletionItem[] {
  const isStage = path.length === 2 && path[0] === 'stages';
  const isTouchpoint = path.length === 4 && path[0] === 'stages' && path[2] === 'touchpoints';
  if (isStage) {
    return [snippet('New stage', 'A stage with a goal, an emotion and a first touchpoint.', [
      'id: ${1:stage-id}', 'name: ${2:Stage name}', 'goal: ${3:What the customer wants here}', 'emotion: ${4:0}',
      'touchpoints:', '  - id: ${5:touchpoint-id}', '    name: ${6:Touchpoint name}', '$0',
    ])];
  }
  if (isTouchpoint) {
    return [snippet('New touchpoint', 'A touchpoint with a channel and an emotion.', [
      'id: ${1:touchpoint-id}', 'name: ${2:Touchpoint name}', 'channel: ${3}', 'emotion: ${4:0}', '$0',
    ])];
  }
  return [];
}

function snippet(label: string, documentation: string, lines: string[]): vscode.CompletionItem {
  const item = new vscode.CompletionItem(label, vscode.CompletionItemKind.Snippet);
  item.insertText = new vscode.SnippetString(lines.join('\n'));
  item.documentation = documentation;
  item.sortText = '~';
  return item;
}
