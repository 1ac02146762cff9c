/**
 * `unknown-journey` on the command line: the `journey:` links of the maps `cjm validate` read, checked against
 * those same maps (a folder is a workspace: pass the folder that holds every map the links name).
 */
import { journeyLinksOf, unknownJourneyProblems, type JourneyCatalog } from '../core/journeyLinks';
import type { Analysis } from '../core/types';
import { reportProblems, type ReportedProblem } from './reportedProblems';

/** A map the command read: its file as the user named it, and its analysis. */
export interface ReadMap {
  file: string;
  analysis: Analysis;
}

/** The catalog of the maps read: map ids and their stage ids. */
export function catalogOf(maps: ReadMap[]): JourneyCatalog {
  const stages = new Map<string, string[]>();
  for (const { analysis } of maps) {
    if (analysis.mapId === undefined) continue;
    const ids = (analysis.model?.stages ?? []).map((s) => s.id);
    stages.set(analysis.mapId, [...(stages.get(analysis.mapId) ?? []), ...ids]);
  }
  return { mapIds: () => stages.keys(), stageIdsOf: (mapId) => stages.get(mapId) };
}

/** The `unknown-journey` problems of every map read, positioned for the CLI. */
export function journeyLinkProblems(maps: ReadMap[]): ReportedProblem[] {
  const catalog = catalogOf(maps);
  return maps.flatMap(({ file, analysis }) => {
    const problems = unknownJourneyProblems(journeyLinksOf(analysis), catalog);
    return problems.length === 0 ? [] : reportProblems(file, analysis.text, problems);
  });
}
