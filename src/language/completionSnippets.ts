/** Snippets offered at the start of a new stage or touchpoint list item. */
import * as vscode from 'vscode';
import type { Path } from '../core/types';

/** The snippet items for a new list item at `path` (a stage, touchpoint, persona or channel), else none. */
export function snippetItems(path: Path): vscode.CompletionItem[] {
  const isStage = path.length === 2 && path[0] === 'stages';
  const isTouchpoint = path.length === 4 && path[0] === 'stages' && path[2] === 'touchpoints';
  if (path.length === 2 && path[0] === 'personas') {
    return [snippet('New persona', 'A persona with goals, frustrations and a quote.', [
      'id: ${1:persona-id}', 'name: ${2:Name, role}', 'goals: [${3:What they want}]',
      'frustrations: [${4:What bothers them}]', 'quote: "${5:Something they would say}"', '$0',
    ])];
  }
  if (path.length === 2 && path[0] === 'channels') {
    return [snippet('New channel', 'A channel with its kind (which picks its icon).', [
      'id: ${1:channel-id}', 'name: ${2:Channel name}',
      'kind: ${3|web,mobile,email,phone,store,social,ads,chat,mail,word-of-mouth,other|}', '$0',
    ])];
  }
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
