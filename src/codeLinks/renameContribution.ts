/**
 * Renaming a touchpoint or a map id in a map also rewrites the code comments that name it, in the same
 * workspace edit: extension.ts hands `codeRenameEdits(index)` to the language rename provider.
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
}

/** The rename hook that adds the code comments naming a renamed touchpoint or map. */
export function codeRenameEdits(index: WorkspaceIndex): ExtraRenameEdits {
  return (document, target, newId, edit) => addCodeRenameEdits(index, document, target, newId, edit);
}
