/**
 * What the map editor shows of `journey:` links, from the workspace index: the names of a map's link targets and
 * the links into it ("Opened from …"). Pure (no `vscode`).
 */
import type { StageSummary } from '../codeLinks/mapSummary';
import type { ReferenceStore } from '../codeLinks/referenceStore';
import { JOURNEY_LINK_PATTERN } from '../core/schema';
import type { JourneyTargetName, MapJourneys } from '../shared/protocol';

/** The targets of `links` that name a known map, and every link of another map into `mapId`. */
export function journeysOf(store: ReferenceStore, mapId: string | undefined, links: string[]): MapJourneys {
  const targets: Record<string, JourneyTargetName> = {};
  for (const link of links) {
    const target = journeyTargetOf(store, link);
    if (target) targets[link] = target.name;
  }
  const incoming = mapId === undefined ? [] : store.linksInto(mapId)
    .filter(({ map }) => map.mapId !== undefined && map.mapId !== mapId)
    .map(({ map, link }) => ({ link: map.mapId as string, mapTitle: map.title ?? (map.mapId as string), fromName: link.fromName }));
  return { targets, incoming };
}

/** The first map with the link's id, its stage's declaration (when the link names a known one) and their names. */
export function journeyTargetOf(store: ReferenceStore, link: string): { file: string; stage?: StageSummary; name: JourneyTargetName } | undefined {
  const match = JOURNEY_LINK_PATTERN.exec(link);
  const found = match ? store.mapsWithId(match[1])[0] : undefined;
  if (!match || !found) return undefined;
  const [file, map] = found;
  const stage = match[2] === undefined ? undefined : map.stages.find((s) => s.id === match[2]);
  const name: JourneyTargetName = { title: map.title ?? match[1], ...(stage ? { stageName: stage.name } : {}) };
  return { file, stage, name };
}
