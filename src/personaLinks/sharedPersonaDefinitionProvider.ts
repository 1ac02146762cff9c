/** Go to Definition from a map's `use:` id (or a reference to a used persona) to the persona's id in its personas file. */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { personaUsesOf } from '../core/sharedPersonas/sharedPersonas';
import { getAnalysisAsync } from '../host/analysisCache';
import { occurrenceAt } from '../language/idLookup';
import { locationOf } from './personaPlaces';

/** Definition provider for shared personas in maps. */
export class SharedPersonaDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerDefinitionProvider({ language: 'cjm' }, new SharedPersonaDefinitionProvider(index)));
  }

  /** The persona's id in its personas file, or nothing when the id is not a shared persona's. */
  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const analysis = await getAnalysisAsync(document);
    const occurrence = occurrenceAt(analysis, document.offsetAt(position));
    if (occurrence?.kind !== 'persona' || !personaUsesOf(analysis).some((u) => u.id === occurrence.id)) return undefined;
    const store = await this.index.personas();
    const shared = store.personaById(occurrence.id);
    return shared ? locationOf(store, shared) : undefined;
  }
}
