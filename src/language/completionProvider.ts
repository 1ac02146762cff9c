/** Completion: keys allowed at the caret, enum and emotion values, ids where a reference goes, snippets. */
import * as vscode from 'vscode';
import { completionSiteAt, type CompletionSite } from '../core/positionCompletion';
import { allowedKeysAt, referenceKindAt, schemaAtPath, unwrap, valueChoicesAt } from '../core/positionSchema';
import type { Path } from '../core/types';
import { getAnalysisAsync } from '../host/analysisCache';
import { emotionText } from '../core/emotionText';
import { t } from '../core/l10n/translate';
import { kindName } from './kindNames';
import { listOf, looseMap, textOf, type Loose } from './looseMap';
import { snippetItems } from './completionSnippets';
import { toRange } from './textRanges';

/** Completion provider for `*.cjm.yaml`. */
export class MapCompletionProvider implements vscode.CompletionItemProvider {
  /** Registers the provider; `:` and space re-trigger it after a key, `-` on a new list item. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerCompletionItemProvider(
      { language: 'cjm' }, new MapCompletionProvider(), ' ', ':', '-', '[', ',',
    ));
  }

  /** The completions at a position. */
  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const analysis = await getAnalysisAsync(document);
    const site = completionSiteAt(analysis.doc, analysis.text, document.offsetAt(position));
    if (!site) return [];
    const range = toRange(document, site.offset, site.length);
    const map = looseMap(analysis);
    const items = site.kind === 'key' ? keyItems(site, map) : valueItems(site, map);
    for (const item of items) item.range ??= range;
    return items;
  }
}

function keyItems(site: CompletionSite, map: Loose): vscode.CompletionItem[] {
  const { path } = site;
  const last = path[path.length - 1];
  if (last === 'emotion') return idItems(map, 'personas', site.presentKeys, (id) => `${id}: `);
  if (path.length === 3 && path[0] === 'stages' && last === 'lanes') {
    return idItems(map, 'lanes', site.presentKeys, (id) => `${id}: [$0]`);
  }
  const items = allowedKeysAt(path)
    .filter((k) => !site.presentKeys.includes(k.key))
    .map((k, i) => {
      const item = new vscode.CompletionItem(k.key, vscode.CompletionItemKind.Property);
      item.detail = k.required ? t('required') : t('optional');
      item.documentation = new vscode.MarkdownString(k.description);
      item.insertText = new vscode.SnippetString(keyInsertText(k.key, [...path, k.key]));
      item.sortText = `${k.required ? 0 : 1}${String(i).padStart(2, '0')}`;
      if (valueChoicesAt([...path, k.key]).length || referenceKindAt([...path, k.key], 'value')) {
        item.command = { title: t('Suggest'), command: 'editor.action.triggerSuggest' };
      }
      return item;
    });
  if (site.presentKeys.length === 0) items.push(...snippetItems(path));
  return items;
}

/** What typing a key inserts: `key: ` for a scalar, a block for lists of objects and objects, `[]` for lists. */
function keyInsertText(key: string, path: Path): string {
  const schema = schemaAtPath(path);
  const type = schema ? (unwrap(schema) as unknown as { def: { type: string; element?: unknown } }).def : undefined;
  if (type?.type === 'object') return `${key}:\n  $0`;
  if (type?.type === 'array') {
    const element = schemaAtPath([...path, 0]);
    const isObject = element && (unwrap(element) as unknown as { def: { type: string } }).def.type === 'object';
    return isObject ? `${key}:\n  - $0` : `${key}: [$0]`;
  }
  if (type?.type === 'record') return `${key}:\n  $0`;
  return `${key}: $0`;
}

function idItems(map: Loose, list: 'personas' | 'channels' | 'lanes', exclude: string[], insert?: (id: string) => string): vscode.CompletionItem[] {
  const kind = list === 'channels' ? 'channel' : list === 'personas' ? 'persona' : 'lane';
  return listOf(map, list)
    .map((item) => ({ id: textOf(item.id), name: textOf(item.name) }))
    .filter((d): d is { id: string; name: string | undefined } => !!d.id && !exclude.includes(d.id))
    .map((d) => {
      const item = new vscode.CompletionItem({ label: d.id, description: d.name }, vscode.CompletionItemKind.Reference);
      item.detail = `${kindName(kind)}${d.name ? `: ${d.name}` : ''}`;
      item.filterText = d.id;
      if (insert) item.insertText = new vscode.SnippetString(insert(d.id));
      return item;
    });
}

function valueItems(site: CompletionSite, map: Loose): vscode.CompletionItem[] {
  const reference = referenceKindAt(site.path, 'value');
  if (reference === 'channel') return idItems(map, 'channels', []);
  if (reference === 'persona') return idItems(map, 'personas', []);
  return valueChoicesAt(site.path).map((value, i) => {
    const isEmotion = /^-?\d$/.test(value) && site.path.includes('emotion');
    const label = isEmotion ? { label: value, description: emotionText(Number(value)) } : value;
    const item = new vscode.CompletionItem(label, vscode.CompletionItemKind.EnumMember);
    item.sortText = String(i).padStart(2, '0');
    item.filterText = value;
    item.insertText = value;
    return item;
  });
}
