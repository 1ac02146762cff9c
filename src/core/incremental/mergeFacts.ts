/** The facts of a map's pieces merged in text order (header, stages, suffix), for the cross-block checks. */
import type { MapFacts } from '../mapWalk';
import type { IdOccurrence } from '../types';
import type { PlacedFacts } from './stageBlock';

/** The header's facts with every block's, in text order (header, stages, suffix). */
export function mergeFacts(head: MapFacts, placed: PlacedFacts[], headerEnd: number): MapFacts {
  const byOffset = (a: IdOccurrence, b: IdOccurrence) => a.offset - b.offset;
  const headDeclarations = head.index.declarations.sort(byOffset);
  const declarations = headDeclarations.filter((d) => d.offset < headerEnd);
  const references = head.index.references.sort(byOffset).filter((r) => r.offset < headerEnd);
  // Each list is made once at its final length (concat), not grown item by item: this runs on every keystroke over
  // every id of the map, and growing arrays of tens of thousands of items doubles what a keystroke allocates.
  return {
    index: {
      declarations: declarations.concat(...placed.map((f) => f.index.declarations), headDeclarations.filter((d) => d.offset >= headerEnd)),
      references: references.concat(...placed.map((f) => f.index.references), head.index.references.filter((r) => r.offset >= headerEnd)),
    },
    problems: head.problems.concat(...placed.map((f) => f.problems)),
    emptyStages: head.emptyStages.concat(...placed.map((f) => f.emptyStages)),
    touchpointForAllPersonas: head.touchpointForAllPersonas || placed.some((f) => f.touchpointForAllPersonas),
  };
}
