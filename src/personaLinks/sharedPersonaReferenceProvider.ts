/** Find All References on a persona id of a personas file: its declaration and every place a map names it. */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { toRange } from '../language/textRanges';
import { personaIdAt, PERSONAS_LANGUAGE, useLocations } from './personaPlaces';

/** Reference provider for personas files. */
export class SharedPersonaReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for the personas files' language. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerReferenceProvider({ language: PERSONAS_LANGUAGE }, new SharedPersonaReferenceProvider(index)));
  }

  /** The uses in maps (and the declaration when the context asks for it), in file order. */
  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[]> {
    const declaration = personaIdAt(document, position);
    if (!declaration) return [];
    const uses = await useLocations(await this.index.personas(), declaration.id);
    const own = context.includeDeclaration ? [new vscode.Location(document.uri, toRange(document, declaration.offset, declaration.length))] : [];
    return [...own, ...uses];
  }
}
