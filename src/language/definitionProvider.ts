/** Go to definition: from any reference (or the id itself) to the declaration of that id. */
import * as vscode from 'vscode';
import { getAnalysisAsync } from '../host/analysisCache';
import { occurrenceAt, occurrencesOf } from './idLookup';
import { toRange } from './textRanges';

/** Definition provider for `*.cjm.yaml`. */
export class MapDefinitionProvider implements vscode.DefinitionProvider {
  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerDefinitionProvider({ language: 'cjm' }, new MapDefinitionProvider()));
  }

  /** The declarations of the id under the caret, each with the id's range as origin. */
  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[]> {
    const analysis = await getAnalysisAsync(document);
    const occurrence = occurrenceAt(analysis, document.offsetAt(position));
    if (!occurrence) return [];
    const origin = toRange(document, occurrence.offset, occurrence.length);
    return occurrencesOf(analysis, occurrence).declarations.map((d) => ({
      originSelectionRange: origin,
      targetUri: document.uri,
      targetRange: toRange(document, d.offset, d.length),
      targetSelectionRange: toRange(document, d.offset, d.length),
    }));
  }
}
