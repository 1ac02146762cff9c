/** The `journey:` link under the caret of a map, and where its target is declared in the workspace. */
import * as vscode from 'vscode';
import type { MapSummary } from '../codeLinks/mapSummary';
import type { ReferenceStore } from '../codeLinks/referenceStore';
import { journeyLinksOf, type JourneyLink } from '../core/journeyLinks';
import { getAnalysisAsync } from '../host/analysisCache';

/** The link whose value holds the position, with its range in the document. */
export async function journeyLinkAt(document: vscode.TextDocument, position: vscode.Position): Promise<{ link: JourneyLink; range: vscode.Range } | undefined> {
  const offset = document.offsetAt(position);
  const link = journeyLinksOf(await getAnalysisAsync(document)).find((l) => offset >= l.offset && offset <= l.offset + l.length);
  return link ? { link, range: new vscode.Range(document.positionAt(link.offset), document.positionAt(link.offset + link.length)) } : undefined;
}

/** A link's target: each map with its id, and the stage's (else the map id's) range in that map's file. */
export interface JourneyTarget {
  file: string;
  map: MapSummary;
  range: vscode.Range;
}

/** Where the link leads: the stage's id when it names a known stage, else the map's `id:`. */
export function journeyTargets(store: ReferenceStore, link: Pick<JourneyLink, 'mapId' | 'stageId'>): JourneyTarget[] {
  return store.mapsWithId(link.mapId).map(([file, map]) => {
    const stage = link.stageId === undefined ? undefined : map.stages.find((s) => s.id === link.stageId);
    const start = stage?.start ?? map.idStart;
    const length = stage?.length ?? (map.mapId?.length ?? 0);
    return { file, map, range: new vscode.Range(start.line, start.character, start.line, start.character + length) };
  });
}
