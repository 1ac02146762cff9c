/**
 * What the workspace index keeps of a map: its id and, for each touchpoint, its declaration's range and
 * the words of its CodeLens. Pure (no `vscode`), so the benchmark builds the same index in plain Node.
 */
import { signedScore } from '../core/emotionText';
import { LineLocator, type LineCharacter } from '../core/lineLocator';
import type { Analysis } from '../core/types';
import { findById, findTouchpoint, looseMap, textOf, type Loose } from '../language/looseMap';

/** A touchpoint as the index knows it. */
export interface TouchpointSummary {
  id: string;
  /** Range of the id in the map's text. */
  offset: number;
  length: number;
  start: LineCharacter;
  /** "Search ad · Discover · Website · +1": name, stage, channel, emotion. */
  label: string;
}

/** A map as the index knows it. */
export interface MapSummary {
  /** Undefined when the map has no `id:` and no file name to default to. */
  mapId?: string;
  touchpoints: TouchpointSummary[];
  /** Where go-to-definition lands when the touchpoint is unknown: the `id:` value, else the start. */
  idStart: LineCharacter;
}

/** The summary of an analysed map. */
export function summarizeMap(analysis: Analysis): MapSummary {
  const lines = new LineLocator(analysis.text);
  const map = looseMap(analysis);
  const declarations = analysis.index.declarations;
  const touchpoints = declarations.filter((d) => d.kind === 'touchpoint').map((d): TouchpointSummary => ({
    id: d.id, offset: d.offset, length: d.length, start: lines.at(d.offset), label: touchpointLabel(map, d.id),
  }));
  const idDeclaration = declarations.find((d) => d.kind === 'map');
  return { mapId: analysis.mapId, touchpoints, idStart: lines.at(idDeclaration?.offset ?? 0) };
}

/** Name · stage · channel · emotion of a touchpoint, the parts the map declares. */
export function touchpointLabel(map: Loose, id: string): string {
  const found = findTouchpoint(map, id);
  if (!found) return id;
  const { touchpoint, stage } = found;
  const channelId = textOf(touchpoint.channel);
  const channel = channelId ? textOf(findById(map, 'channels', channelId)?.name) ?? channelId : undefined;
  const parts = [textOf(touchpoint.name) ?? id, textOf(stage.name) ?? textOf(stage.id), channel, emotionLabel(touchpoint.emotion)];
  return parts.filter((p): p is string => !!p).join(' · ');
}

function emotionLabel(emotion: unknown): string | undefined {
  if (typeof emotion === 'number') return signedScore(emotion);
  if (emotion === null || typeof emotion !== 'object' || Array.isArray(emotion)) return undefined;
  const scores = Object.entries(emotion as Loose).filter((e): e is [string, number] => typeof e[1] === 'number');
  return scores.length ? scores.map(([persona, score]) => `${persona} ${signedScore(score)}`).join(' / ') : undefined;
}
