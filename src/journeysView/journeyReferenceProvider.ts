/**
 * Find references on a map's `id:` or a stage's `id:`: every `journey:` link, in any map of the workspace,
 * that opens into it (the other references of an id come from the language's own reference provider).
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { getAnalysisAsync } from '../host/analysisCache';

/** Reference provider for maps and stages that other maps open into. */
export class JourneyReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerReferenceProvider({ language: 'cjm' }, new JourneyReferenceProvider(index)));
  }

  /** The `journey:` values that name this map (or this stage of it). */
  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const analysis = await getAnalysisAsync(document);
    const offset = document.offsetAt(position);
    const declaration = analysis.index.declarations.find((d) =>
      (d.kind === 'map' || d.kind === 'stage') && offset >= d.offset && offset <= d.offset + d.length);
    if (!declaration || analysis.mapId === undefined) return [];
    const store = await this.index.maps();
    const links = declaration.kind === 'map' ? store.linksInto(analysis.mapId) : store.linksInto(analysis.mapId, declaration.id);
    return links.map(({ file, link }) => new vscode.Location(vscode.Uri.parse(file),
      new vscode.Range(link.start.line, link.start.character, link.start.line, link.start.character + link.length)));
  }
}
