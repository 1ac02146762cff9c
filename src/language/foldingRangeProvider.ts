/** Folding by structure: every map or list that spans lines folds from the line of its key or dash. */
import * as vscode from 'vscode';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { getAnalysisAsync } from '../host/analysisCache';

/** Folding range provider for `*.cjm.yaml`. */
export class MapFoldingRangeProvider implements vscode.FoldingRangeProvider {
  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerFoldingRangeProvider({ language: 'cjm' }, new MapFoldingRangeProvider()));
  }

  /** One range per multi-line collection, keyed by its first line. */
  async provideFoldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    const analysis = await getAnalysisAsync(document);
    const byStart = new Map<number, number>();
    const add = (from: number, node: Node): void => {
      if (!node.range) return;
      const startLine = document.positionAt(from).line;
      const endLine = document.positionAt(lastContent(analysis.text, from, node.range[1])).line;
      if (endLine > startLine) byStart.set(startLine, Math.max(endLine, byStart.get(startLine) ?? 0));
    };
    const walk = (node: unknown, depth: number): void => {
      if (depth > 200) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          const value = pair.value as Node | null;
          if (value && (isMap(value) || isSeq(value))) {
            add(isScalar(pair.key) && pair.key.range ? pair.key.range[0] : value.range?.[0] ?? 0, value);
            walk(value, depth + 1);
          }
        }
      } else if (isSeq(node)) {
        for (const item of node.items) {
          if (isMap(item) || isSeq(item)) {
            add(item.range?.[0] ?? 0, item);
            walk(item, depth + 1);
          }
        }
      }
    };
    walk(analysis.doc?.contents, 0);
    return [...byStart].map(([start, end]) => new vscode.FoldingRange(start, end));
  }
}

function lastContent(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  return Math.max(start, last - 1);
}
