/**
 * The map editor's view of `journey:` links, from the workspace index: the names of a map's link targets, the
 * links into it ("Opened from …"), and opening a link's map in the map editor of the active group.
 */
import * as vscode from 'vscode';
import { openMapEditorAt, type HighlightInMapEditor } from '../codeLinks/openTouchpointCommand';
import type { ReferenceStore } from '../codeLinks/referenceStore';
import { journeysOf, journeyTargetOf } from './mapJourneys';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import type { MapJourneys } from '../shared/protocol';
import { t } from '../core/l10n/translate';

/** The journey links service extension.ts hands to the map editor (its `JourneyLinkService`). */
export function mapEditorJourneys(index: WorkspaceIndex, highlight: HighlightInMapEditor): {
  journeysFor(mapId: string | undefined, links: string[]): Promise<MapJourneys>;
  open(link: string): Promise<boolean>;
  readonly onDidChange: vscode.Event<void>;
} {
  return {
    journeysFor: async (mapId, links) => journeysOf(await index.maps(), mapId, links),
    open: async (link) => openJourney(await index.maps(), link, highlight),
    onDidChange: index.onDidChange,
  };
}

/** Opens the link's map in the map editor of the active group with its stage highlighted; says so when no map has the id. */
async function openJourney(store: ReferenceStore, link: string, highlight: HighlightInMapEditor): Promise<boolean> {
  const target = journeyTargetOf(store, link);
  if (!target) {
    void vscode.window.showWarningMessage(t('No map in the workspace has the id of the journey link "{0}".', link));
    return false;
  }
  await openMapEditorAt(vscode.Uri.parse(target.file), target.stage?.offset, highlight, vscode.ViewColumn.Active);
  return true;
}
