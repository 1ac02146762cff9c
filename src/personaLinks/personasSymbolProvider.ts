/** Outline and breadcrumbs of a personas file: one symbol per persona, named by its name, with its id as detail. */
import * as vscode from 'vscode';
import { isMap, isSeq } from 'yaml';
import { findPair, rangeOfNode } from '../core/ranges';
import { personasAnalysis, PERSONAS_LANGUAGE } from './personaPlaces';

/** Document symbol provider for personas files. */
export class PersonasSymbolProvider implements vscode.DocumentSymbolProvider {
  /** Registers the provider for the personas files' language. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider(
      { language: PERSONAS_LANGUAGE }, new PersonasSymbolProvider(), { label: 'Personas' }));
  }

  /** A symbol for each persona item that has an id, in text order. */
  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const analysis = personasAnalysis(document);
    const root = analysis.doc?.contents;
    const list = isMap(root) ? findPair(root, 'personas')?.value : undefined;
    if (!isSeq(list)) return [];
    return analysis.index.declarations.flatMap((declaration) => {
      const item = list.items[Number(declaration.path[1])];
      const range = rangeOfNode(item);
      if (!isMap(item) || !range) return [];
      const name = findPair(item, 'name')?.value;
      const label = isMap(name) || isSeq(name) ? declaration.id : String((name as { value?: unknown } | undefined)?.value ?? declaration.id);
      const whole = new vscode.Range(document.positionAt(range.offset), document.positionAt(range.offset + range.length));
      const selection = new vscode.Range(document.positionAt(declaration.offset), document.positionAt(declaration.offset + declaration.length));
      return [new vscode.DocumentSymbol(label, declaration.id, vscode.SymbolKind.Interface, whole, selection)];
    });
  }
}
