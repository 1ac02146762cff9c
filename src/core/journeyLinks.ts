/**
 * `journey:` links: a stage or touchpoint that opens into another map (`<map-id>`) or one of its stages
 * (`<map-id>/<stage-id>`). Reading them from an analysed map and checking them against the maps a caller
 * knows (the workspace index in the editor, the files of a folder on the command line).
 */
import { isScalar } from 'yaml';
import { closestMatch } from './didYouMean';
import { t } from './l10n/translate';
import { didYouMeanText, makeProblem, quote } from './problems';
import { JOURNEY_LINK_PATTERN, type CjmMap } from './schema';
import type { Analysis, Path, Problem } from './types';

/** One `journey:` value, split into its map id and optional stage id, with the ranges of both parts. */
export interface JourneyLink {
  /** Path of the `journey` value, e.g. `['stages', 0, 'touchpoints', 1, 'journey']`. */
  path: Path;
  /** Whether a stage or a touchpoint opens into the journey. */
  from: 'stage' | 'touchpoint';
  /** The id of the stage or touchpoint that holds the link. */
  fromId: string;
  mapId: string;
  stageId?: string;
  /** Range of the whole value (without quotes). */
  offset: number;
  length: number;
  /** Start of the stage id in the text, when there is one. */
  stageOffset?: number;
}

/** What a checker needs to know of the workspace's maps. */
export interface JourneyCatalog {
  /** Every map id known. */
  mapIds(): Iterable<string>;
  /** The stage ids of the map with this id, or undefined when no map has it. */
  stageIdsOf(mapId: string): string[] | undefined;
}

/** The `journey:` links of a map, in journey order; none when the map does not match the schema. */
export function journeyLinksOf(analysis: Pick<Analysis, 'doc' | 'model' | 'text'>): JourneyLink[] {
  const { model, doc } = analysis;
  if (!model || !doc) return [];
  const links: JourneyLink[] = [];
  for (const [path, from, fromId] of linkPlaces(model)) {
    const node = doc.getIn(path, true);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    const match = JOURNEY_LINK_PATTERN.exec(node.value);
    if (!match) continue;
    const offset = valueStart(analysis.text, node.range[0], node.value);
    const link: JourneyLink = { path, from, fromId, mapId: match[1], offset, length: node.value.length };
    if (match[2] !== undefined) {
      link.stageId = match[2];
      link.stageOffset = offset + match[1].length + 1;
    }
    links.push(link);
  }
  return links;
}

/** The distinct `journey:` values of a map as written (`<map-id>` or `<map-id>/<stage-id>`), in journey order. */
export function journeyLinkTexts(analysis: Pick<Analysis, 'doc' | 'model' | 'text'>): string[] {
  return [...new Set(journeyLinksOf(analysis).map((l) => (l.stageId === undefined ? l.mapId : `${l.mapId}/${l.stageId}`)))];
}

/** `unknown-journey` for each link to a map or stage the catalog does not know, with a did-you-mean. */
export function unknownJourneyProblems(links: JourneyLink[], catalog: JourneyCatalog): Problem[] {
  const problems: Problem[] = [];
  for (const link of links) {
    const stages = catalog.stageIdsOf(link.mapId);
    if (stages === undefined) {
      const suggestion = closestMatch(link.mapId, catalog.mapIds());
      const message = t('Unknown journey {0}: no map in the workspace has this id.', quote(link.mapId)) + didYouMeanText(suggestion);
      problems.push(makeProblem('unknown-journey', { offset: link.offset, length: link.mapId.length }, message,
        { path: link.path, ...(suggestion !== undefined ? { suggestion } : {}) }));
    } else if (link.stageId !== undefined && link.stageOffset !== undefined && !stages.includes(link.stageId)) {
      const suggestion = closestMatch(link.stageId, stages);
      const message = t('Map {0} has no stage {1}.', quote(link.mapId), quote(link.stageId)) + didYouMeanText(suggestion);
      problems.push(makeProblem('unknown-journey', { offset: link.stageOffset, length: link.stageId.length }, message,
        { path: link.path, ...(suggestion !== undefined ? { suggestion } : {}) }));
    }
  }
  return problems;
}

function linkPlaces(model: CjmMap): [Path, 'stage' | 'touchpoint', string][] {
  const places: [Path, 'stage' | 'touchpoint', string][] = [];
  model.stages.forEach((stage, i) => {
    if (stage.journey !== undefined) places.push([['stages', i, 'journey'], 'stage', stage.id]);
    stage.touchpoints?.forEach((touchpoint, j) => {
      if (touchpoint.journey !== undefined) places.push([['stages', i, 'touchpoints', j, 'journey'], 'touchpoint', touchpoint.id]);
    });
  });
  return places;
}

/** Where the value's characters start: after an opening quote when the scalar is quoted. */
function valueStart(text: string, nodeStart: number, value: string): number {
  const first = text[nodeStart];
  return (first === '"' || first === "'") && text.slice(nodeStart + 1, nodeStart + 1 + value.length) === value ? nodeStart + 1 : nodeStart;
}
