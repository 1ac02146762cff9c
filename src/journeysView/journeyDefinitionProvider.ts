/** Go to definition on a `journey:` value: the map it opens into (at its stage, when the link names one). */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { journeyLinkAt, journeyTargets } from './journeyLinkAt';

/** Definition provider for `journey:` links of maps. */
export class JourneyDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerDefinitionProvider({ language: 'cjm' }, new JourneyDefinitionProvider(index)));
  }

  /** The target map's id (or stage id) in every map with that id. */
  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[]> {
    const at = await journeyLinkAt(document, position);
    if (!at) return [];
    const store = await this.index.maps();
    return journeyTargets(store, at.link).map((t) => ({
      originSelectionRange: at.range, targetUri: vscode.Uri.parse(t.file), targetRange: t.range, targetSelectionRange: t.range,
    }));
  }
}
