/**
 * Renaming a touchpoint or a map id in a map also rewrites the code comments that name it, and renaming a map
 * id or a stage id rewrites the `journey:` links of other maps that open into it, in the same workspace edit:
 * extension.ts hands `codeRenameEdits(index)` to the language rename provider.
 */
import * as vscode from 'vscode';
import type { IdOccurrence } from '../core/types';
import { getAnalysis } from '../host/analysisCache';
import type { ExtraRenameEdits } from '../language/renameProvider';
import { partRange } from './documentReferences';
import { codeReferencesOf } from './mapReferenceContribution';
import type { WorkspaceIndex } from './workspaceIndex';

/** Adds the code comments' edits to the map's rename edit. */
export async function addCodeRenameEdits(index: WorkspaceIndex, document: vscode.TextDocument, target: IdOccurrence, newId: string, edit: vscode.WorkspaceEdit): Promise<void> {
  const found = await codeReferencesOf(index, getAnalysis(document).mapId, target);
  const part = target.kind === 'map' ? 'map' : 'touchpoint';
  for (const { file, reference } of found) edit.replace(vscode.Uri.parse(file), partRange(reference, part), newId);
  await addJourneyLinkRenameEdits(index, getAnalysis(document).mapId, target, newId, edit);
}

/** Rewrites the map-id or stage-id part of every `journey:` link into the renamed map or stage. */
async function addJourneyLinkRenameEdits(index: WorkspaceIndex, mapId: string | undefined, target: IdOccurrence, newId: string, edit: vscode.WorkspaceEdit): Promise<void> {
  if (mapId === undefined || (target.kind !== 'map' && target.kind !== 'stage')) return;
  const store = await index.maps();
  const links = target.kind === 'map' ? store.linksInto(mapId) : store.linksInto(mapId, target.id);
  for (const { file, link } of links) {
    const start = target.kind === 'map' ? link.start.character : link.start.character + link.mapId.length + 1;
    const length = target.kind === 'map' ? link.mapId.length : (link.stageId ?? '').length;
    edit.replace(vscode.Uri.parse(file), new vscode.Range(link.start.line, start, link.start.line, start + length), newId);
  }
}

/** The rename hook that adds the code comments naming a renamed touchpoint or map. */
export function codeRenameEdits(index: WorkspaceIndex): ExtraRenameEdits {
  return (document, target, newId, edit) => addCodeRenameEdits(index, document, target, newId, edit);
}
