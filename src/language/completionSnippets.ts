/** Snippets offered at the start of a new stage or touchpoint list item. */
import * as vscode from 'vscode';
import { t } from '../core/l10n/translate';
import type { Path } from '../core/types';

/** The snippet items for a new list item at `path` (a stage, touchpoint, persona or channel), else none. */
export function snippetItems(path: Path): vscode.CompletionItem[] {
  const isStage = path.length === 2 && path[0] === 'stages';
  const isTouchpoint = path.length === 4 && path[0] === 'stages' && path[2] === 'touchpoints';
  if (path.length === 2 && path[0] === 'personas') {
    return [snippet(t('New persona'), t('A persona with goals, frustrations and a quote.'), [
      'id: ${1:persona-id}', `name: ${placeholder(2, t('Name, role'))}`, `goals: [${placeholder(3, t('What they want'))}]`,
      `frustrations: [${placeholder(4, t('What bothers them'))}]`, `quote: "${placeholder(5, t('Something they would say'))}"`, '$0',
    ])];
  }
  if (path.length === 2 && path[0] === 'channels') {
    return [snippet(t('New channel'), t('A channel with its kind (which picks its icon).'), [
      'id: ${1:channel-id}', `name: ${placeholder(2, t('Channel name'))}`,
      'kind: ${3|web,mobile,email,phone,store,social,ads,chat,mail,word-of-mouth,other|}', '$0',
    ])];
  }
  if (isStage) {
    return [snippet(t('New stage'), t('A stage with a goal, an emotion and a first touchpoint.'), [
      'id: ${1:stage-id}', `name: ${placeholder(2, t('Stage name'))}`, `goal: ${placeholder(3, t('What the customer wants here'))}`, 'emotion: ${4:0}',
      'touchpoints:', '  - id: ${5:touchpoint-id}', `    name: ${placeholder(6, t('Touchpoint name'))}`, '$0',
    ])];
  }
  if (isTouchpoint) {
    return [snippet(t('New touchpoint'), t('A touchpoint with a channel and an emotion.'), [
      'id: ${1:touchpoint-id}', `name: ${placeholder(2, t('Touchpoint name'))}`, 'channel: ${3}', 'emotion: ${4:0}', '$0',
    ])];
  }
  return [];
}

/** A snippet tab stop with a default text; `$`, `}` and `\\` in the text are escaped so a translation cannot break the snippet. */
function placeholder(index: number, text: string): string {
  return `\${${index}:${text.replace(/[$}\\]/g, '\\$&')}}`;
}

function snippet(label: string, documentation: string, lines: string[]): vscode.CompletionItem {
  const item = new vscode.CompletionItem(label, vscode.CompletionItemKind.Snippet);
  item.insertText = new vscode.SnippetString(lines.join('\n'));
  item.documentation = documentation;
  item.sortText = '~';
  return item;
}
