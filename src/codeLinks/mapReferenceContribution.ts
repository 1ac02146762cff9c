/**
 * Find references on a touchpoint or map id in a map also lists the code comments that name it. VS Code
 * merges these with the map's own references from src/language/referenceProvider.ts.
 */
import * as vscode from 'vscode';
import type { IdOccurrence } from '../core/types';
import { getAnalysisAsync } from '../host/analysisCache';
import { occurrenceAt } from '../language/idLookup';
import { partRange } from './documentReferences';
import type { LocatedReference } from './referenceStore';
import type { WorkspaceIndex } from './workspaceIndex';

/** The code references to a touchpoint or map occurrence of a map with this id (none for other kinds). */
export async function codeReferencesOf(index: WorkspaceIndex, mapId: string | undefined, target: IdOccurrence): Promise<LocatedReference[]> {
  if (mapId === undefined || (target.kind !== 'touchpoint' && target.kind !== 'map')) return [];
  await index.settle();
  const store = await index.all();
  return target.kind === 'map' ? store.referencesTo(target.id) : store.referencesTo(mapId, target.id);
}

/** Reference provider for `*.cjm.yaml` that contributes code comments. */
export class MapCodeReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerReferenceProvider({ language: 'cjm' }, new MapCodeReferenceProvider(index)));
  }

  /** The comments naming the touchpoint or map under the caret: the touchpoint id, or the map id, of each. */
  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const analysis = await getAnalysisAsync(document);
    const target = occurrenceAt(analysis, document.offsetAt(position));
    if (!target) return [];
    const found = await codeReferencesOf(this.index, analysis.mapId, target);
    const part = target.kind === 'map' ? 'map' : 'touchpoint';
    return found.map(({ file, reference }) => new vscode.Location(vscode.Uri.parse(file), partRange(reference, part)));
  }
}
