/** Outline and breadcrumbs: the map, its stages with their touchpoints, personas, channels and lanes. */
import * as vscode from 'vscode';
import { isCollection, type Document } from 'yaml';
import type { Path } from '../core/types';
import { getAnalysisAsync } from '../host/analysisCache';
import { listOf, looseMap, objectsOf, textOf, type Loose } from './looseMap';
import { toRange } from './textRanges';
import { t } from '../core/l10n/translate';

type Doc = Document.Parsed;

/** Document symbol provider for `*.cjm.yaml`. */
export class MapDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider(
      { language: 'cjm' }, new MapDocumentSymbolProvider(), { label: 'Journey Map' }, // the product's name: the same in every language
    ));
  }

  /** One symbol for the map holding the others, in text order. */
  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const analysis = await getAnalysisAsync(document);
    const doc = analysis.doc;
    if (!doc || !isCollection(doc.contents)) return [];
    const map = looseMap(analysis);
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(analysis.text.length));
    const title = textOf(map.title) ?? textOf(map.id) ?? t('Journey map');
    const root = new vscode.DocumentSymbol(title, textOf(map.id) ?? '', vscode.SymbolKind.File, whole, selection(document, doc, ['title']) ?? whole.with(whole.start, whole.start));
    const symbols = new Builder(document, doc);
    root.children = [
      ...symbols.group(map, 'personas', vscode.SymbolKind.Interface),
      ...symbols.group(map, 'channels', vscode.SymbolKind.Interface),
      ...symbols.group(map, 'lanes', vscode.SymbolKind.Field),
      ...symbols.stages(map),
    ].sort((a, b) => a.range.start.compareTo(b.range.start));
    return [root];
  }
}

class Builder {
  constructor(private readonly document: vscode.TextDocument, private readonly doc: Doc) {}

  /** A container symbol for a top-level list, with one symbol per item. */
  group(map: Loose, key: 'personas' | 'channels' | 'lanes', kind: vscode.SymbolKind): vscode.DocumentSymbol[] {
    const range = nodeRange(this.document, this.doc, [key]);
    const keyRange = selection(this.document, this.doc, [key]);
    if (!range || !keyRange) return [];
    const group = new vscode.DocumentSymbol(key, '', vscode.SymbolKind.Array, range.union(keyRange), keyRange);
    group.children = this.items(listOf(map, key), [key], kind);
    return [group];
  }

  /** Stages with their touchpoints. */
  stages(map: Loose): vscode.DocumentSymbol[] {
    return listOf(map, 'stages').flatMap((stage, i) => {
      const symbol = this.item(stage, ['stages', i], vscode.SymbolKind.Class);
      if (symbol) symbol.children = this.items(objectsOf(stage.touchpoints), ['stages', i, 'touchpoints'], vscode.SymbolKind.Event);
      return symbol ? [symbol] : [];
    });
  }

  private items(list: Loose[], path: Path, kind: vscode.SymbolKind): vscode.DocumentSymbol[] {
    return list.flatMap((item, i) => {
      const symbol = this.item(item, [...path, i], kind);
      return symbol ? [symbol] : [];
    });
  }

  private item(item: Loose, path: Path, kind: vscode.SymbolKind): vscode.DocumentSymbol | undefined {
    const range = nodeRange(this.document, this.doc, path);
    if (!range) return undefined;
    const id = textOf(item.id) ?? '';
    const name = textOf(item.name) ?? id;
    const idRange = nodeRange(this.document, this.doc, [...path, 'id']);
    return new vscode.DocumentSymbol(name || t('(unnamed)'), name === id ? '' : id, kind, range, idRange ?? range);
  }
}

/** The range of the node at a path (without trailing newlines), or undefined. */
function nodeRange(document: vscode.TextDocument, doc: Doc, path: Path): vscode.Range | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return undefined;
  const [start, end] = node.range;
  const text = document.getText();
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  return toRange(document, start, last - start);
}

/** The range of the key that names the value at `path`, or undefined. */
function selection(document: vscode.TextDocument, doc: Doc, path: Path): vscode.Range | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const items = (parent as { items?: { key?: { value?: unknown; range?: number[] } }[] } | null)?.items ?? [];
  const pair = items.find((p) => p.key && String(p.key.value) === String(path[path.length - 1]));
  const range = pair?.key?.range;
  return range ? toRange(document, range[0], range[1] - range[0]) : undefined;
}
