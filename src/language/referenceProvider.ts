/** Find references: every place that names the id under the caret. */
import * as vscode from 'vscode';
import { getAnalysisAsync } from '../host/analysisCache';
import { occurrenceAt, occurrencesOf } from './idLookup';
import { toRange } from './textRanges';

/** Reference provider for `*.cjm.yaml`. */
export class MapReferenceProvider implements vscode.ReferenceProvider {
  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerReferenceProvider({ language: 'cjm' }, new MapReferenceProvider()));
  }

  /** The references (and, when asked, the declarations) of the id under the caret, in text order. */
  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[]> {
    const analysis = await getAnalysisAsync(document);
    const occurrence = occurrenceAt(analysis, document.offsetAt(position));
    if (!occurrence) return [];
    const { declarations, references } = occurrencesOf(analysis, occurrence);
    const all = context.includeDeclaration ? [...declarations, ...references] : references;
    return all
      .sort((a, b) => a.offset - b.offset)
      .map((o) => new vscode.Location(document.uri, toRange(document, o.offset, o.length)));
  }
}
