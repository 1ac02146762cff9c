/**
 * What the workspace index keeps of a map: its id and, for each touchpoint, its declaration's range and
 * the words of its CodeLens. Pure (no `vscode`), so the benchmark builds the same index in plain Node.
 */
import { journeyLinksOf } from '../core/journeyLinks';
import { personaUsesOf } from '../core/sharedPersonas/sharedPersonas';
import { signedScore } from '../core/emotionText';
import { LineLocator, type LineCharacter } from '../core/lineLocator';
import type { Analysis, IdOccurrence, Problem } from '../core/types';
import { findById, findTouchpoint, looseMap, objectsOf, textOf, type Loose } from '../language/looseMap';

/** How many problems (errors and warnings) and findings (infos: insights, hints) are about an element. */
export interface FindingCounts {
  problems: number;
  findings: number;
}

/** A touchpoint as the index knows it. */
export interface TouchpointSummary {
  id: string;
  /** Range of the id in the map's text. */
  offset: number;
  length: number;
  start: LineCharacter;
  /** Its `name:`, else its id. */
  name: string;
  /** Its emotion (the average over personas for a per-persona emotion), when it has one. */
  emotion?: number;
  counts: FindingCounts;
  /** "Search ad · Discover · Website · +1": name, stage, channel, emotion. */
  label: string;
}

/** A stage or persona as the index knows it (for workspace symbols and the Journey Maps view). */
export interface ElementSummary {
  id: string;
  /** Its `name:`, else its id. */
  name: string;
  /** Range of the id in the map's text. */
  offset: number;
  length: number;
  start: LineCharacter;
  counts: FindingCounts;
}

/** A stage with the ids of its touchpoints, in journey order. */
export interface StageSummary extends ElementSummary {
  touchpointIds: string[];
}

/** A `journey:` link of the map, as the index keeps it. */
export interface JourneyLinkSummary {
  mapId: string;
  stageId?: string;
  /** Range of the whole `journey:` value. */
  offset: number;
  length: number;
  start: LineCharacter;
  /** The name of the stage or touchpoint that opens into the journey. */
  fromName: string;
}

/** A map as the index knows it. */
export interface MapSummary {
  /** Undefined when the map has no `id:` and no file name to default to. */
  mapId?: string;
  /** The map's `title:`, else its id. */
  title?: string;
  touchpoints: TouchpointSummary[];
  stages: StageSummary[];
  personas: ElementSummary[];
  journeyLinks: JourneyLinkSummary[];
  /** Ids of the shared personas the map uses (`{ use: id }`), in its order. */
  sharedPersonas: string[];
  /** How many problems of each severity the map has (errors, warnings; infos and hints are not counted). */
  problemCounts: { errors: number; warnings: number };
  /** Where go-to-definition lands when the touchpoint is unknown: the `id:` value, else the start. */
  idStart: LineCharacter;
}

/** The summary of an analysed map; `findings` are its insight findings, counted beside its problems. */
export function summarizeMap(analysis: Analysis, findings: readonly Problem[] = []): MapSummary {
  const lines = new LineLocator(analysis.text);
  const map = looseMap(analysis);
  const declarations = analysis.index.declarations;
  const problems = [...analysis.problems, ...findings];
  const counts = countsByOwner(problems);
  const countsOf = (d: IdOccurrence): FindingCounts => counts.get(ownerKey(d.path.slice(0, -1))) ?? { problems: 0, findings: 0 };
  const touchpoints = declarations.filter((d) => d.kind === 'touchpoint').map((d): TouchpointSummary => {
    const touchpoint = findTouchpoint(map, d.id)?.touchpoint;
    return {
      id: d.id, offset: d.offset, length: d.length, start: lines.at(d.offset), label: touchpointLabel(map, d.id),
      name: textOf(touchpoint?.name) ?? d.id, emotion: touchpointEmotion(touchpoint?.emotion), counts: countsOf(d),
    };
  });
  const idDeclaration = declarations.find((d) => d.kind === 'map');
  const element = (d: IdOccurrence, name: unknown): ElementSummary => ({
    id: d.id, name: textOf(name) ?? d.id, offset: d.offset, length: d.length, start: lines.at(d.offset), counts: countsOf(d),
  });
  const stages = declarations.filter((d) => d.kind === 'stage').map((d): StageSummary => {
    const stage = findById(map, 'stages', d.id);
    return { ...element(d, stage?.name), touchpointIds: objectsOf(stage?.touchpoints).map((t) => textOf(t.id)).filter((id): id is string => !!id) };
  });
  const personas = declarations.filter((d) => d.kind === 'persona').map((d) => element(d, findById(map, 'personas', d.id)?.name));
  return {
    mapId: analysis.mapId, title: textOf(map.title) ?? analysis.mapId, touchpoints, stages, personas,
    journeyLinks: journeyLinksOf(analysis).map((l) => ({
      mapId: l.mapId, ...(l.stageId !== undefined ? { stageId: l.stageId } : {}), offset: l.offset, length: l.length,
      start: lines.at(l.offset), fromName: nameOf(map, l.from, l.fromId),
    })),
    sharedPersonas: personaUsesOf(analysis).map((u) => u.id),
    problemCounts: countProblems(problems), idStart: lines.at(idDeclaration?.offset ?? 0),
  };
}

/** The key of a stage (`stages/0`) or touchpoint (`stages/0/touchpoints/2`) path. */
function ownerKey(path: readonly (string | number)[]): string {
  return path.join('/');
}

/** Problem and finding counts of each stage and touchpoint, by the owner key of the problem's path. */
function countsByOwner(problems: readonly Problem[]): Map<string, FindingCounts> {
  const counts = new Map<string, FindingCounts>();
  for (const problem of problems) {
    const path = problem.path;
    if (!path || path[0] !== 'stages' || typeof path[1] !== 'number') continue;
    const owners = [ownerKey(path.slice(0, 2))];
    if (path[2] === 'touchpoints' && typeof path[3] === 'number') owners.push(ownerKey(path.slice(0, 4)));
    for (const key of owners) {
      const entry = counts.get(key) ?? { problems: 0, findings: 0 };
      if (problem.severity === 'info' || problem.severity === 'hint') entry.findings++;
      else entry.problems++;
      counts.set(key, entry);
    }
  }
  return counts;
}

/** The mean of some scores, undefined for none. */
function mean(scores: number[]): number | undefined {
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
}

/** A touchpoint's emotion as one number: the score, or the average of per-persona scores. */
function touchpointEmotion(emotion: unknown): number | undefined {
  if (typeof emotion === 'number') return emotion;
  if (emotion === null || typeof emotion !== 'object' || Array.isArray(emotion)) return undefined;
  return mean(Object.values(emotion as Loose).filter((v): v is number => typeof v === 'number'));
}

/** The average emotion of these touchpoints (of a stage, or of a whole map), undefined when none has one. */
export function averageEmotion(touchpoints: readonly TouchpointSummary[]): number | undefined {
  return mean(touchpoints.map((t) => t.emotion).filter((e): e is number => e !== undefined));
}

function nameOf(map: Loose, kind: 'stage' | 'touchpoint', id: string): string {
  const item = kind === 'stage' ? findById(map, 'stages', id) : findTouchpoint(map, id)?.touchpoint;
  return textOf(item?.name) ?? id;
}

function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const problem of problems) {
    if (problem.severity === 'error') errors++;
    else if (problem.severity === 'warning') warnings++;
  }
  return { errors, warnings };
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
