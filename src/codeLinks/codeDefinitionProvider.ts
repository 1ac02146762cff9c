/** Go to definition from a code reference: the touchpoint's id in its map (the map's id when the touchpoint is unknown). */
import * as vscode from 'vscode';
import { referenceAt, referenceRange, SOURCE_SELECTOR } from './documentReferences';
import type { WorkspaceIndex } from './workspaceIndex';

/** Definition provider for source files. */
export class CodeDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for every file and untitled document. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerDefinitionProvider(SOURCE_SELECTOR, new CodeDefinitionProvider(index)));
  }

  /** Where the touchpoint under the caret is declared, in every map with that id. */
  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[]> {
    const reference = referenceAt(document, position);
    if (!reference) return [];
    const store = await this.index.maps();
    const origin = referenceRange(reference);
    const touchpoints = store.findTouchpoint(reference.mapId, reference.touchpointId);
    if (touchpoints.length) {
      return touchpoints.map(({ file, touchpoint: t }) => link(origin, file, new vscode.Range(t.start.line, t.start.character, t.start.line, t.start.character + t.length)));
    }
    return store.mapsWithId(reference.mapId).map(([file, map]) => link(origin, file, new vscode.Range(map.idStart.line, map.idStart.character, map.idStart.line, map.idStart.character)));
  }
}

function link(origin: vscode.Range, file: string, range: vscode.Range): vscode.LocationLink {
  return { originSelectionRange: origin, targetUri: vscode.Uri.parse(file), targetRange: range, targetSelectionRange: range };
}
