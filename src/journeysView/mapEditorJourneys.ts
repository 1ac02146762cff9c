/**
 * The map editor's view of `journey:` links, from the workspace index: the names of a map's link targets, the
 * links into it ("Opened from …"), and opening a link's map in the map editor of the active group.
 */
import * as vscode from 'vscode';
import { openMapEditorAt, type HighlightInMapEditor } from '../codeLinks/openTouchpointCommand';
import type { ReferenceStore } from '../codeLinks/referenceStore';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { JOURNEY_LINK_PATTERN } from '../core/schema';
import type { JourneyTargetName, MapJourneys } from '../shared/protocol';

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

/** The targets of `links` that name a known map, and every link of another map into `mapId`. */
export function journeysOf(store: ReferenceStore, mapId: string | undefined, links: string[]): MapJourneys {
  const targets: Record<string, JourneyTargetName> = {};
  for (const link of links) {
    const target = targetOf(store, link);
    if (target) targets[link] = target.name;
  }
  const incoming = mapId === undefined ? [] : store.linksInto(mapId)
    .filter(({ map }) => map.mapId !== undefined && map.mapId !== mapId)
    .map(({ map, link }) => ({ link: map.mapId as string, mapTitle: map.title ?? (map.mapId as string), fromName: link.fromName }));
  return { targets, incoming };
}

/** The first map with the link's id, its stage's declaration (when the link names a known one) and their names. */
function targetOf(store: ReferenceStore, link: string) {
  const match = JOURNEY_LINK_PATTERN.exec(link);
  const found = match ? store.mapsWithId(match[1])[0] : undefined;
  if (!match || !found) return undefined;
  const [file, map] = found;
  const stage = match[2] === undefined ? undefined : map.stages.find((s) => s.id === match[2]);
  const name: JourneyTargetName = { title: map.title ?? match[1], ...(stage ? { stageName: stage.name } : {}) };
  return { file, stage, name };
}

/** Opens the link's map in the map editor of the active group with its stage highlighted; says so when no map has the id. */
async function openJourney(store: ReferenceStore, link: string, highlight: HighlightInMapEditor): Promise<boolean> {
  const target = targetOf(store, link);
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No map in the workspace has the id of the journey link "{0}".', link));
    return false;
  }
  await openMapEditorAt(vscode.Uri.parse(target.file), target.stage?.offset, highlight, vscode.ViewColumn.Active);
  return true;
}
