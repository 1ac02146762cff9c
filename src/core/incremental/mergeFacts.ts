/**
 * The facts of a map's pieces (header, stages, suffix) for the cross-block checks: the problems and empty stages
 * placed in the whole text at once (they are few), the id index only when someone reads it. Placing the ids of
 * every stage after an edit (their offsets move) was most of what a keystroke allocated; the reference checks
 * compare ids block by block instead (see referenceCheckCache), so a keystroke whose ids do not change places none.
 */
import type { MapFacts } from '../mapWalk';
import type { IdIndex, IdOccurrence } from '../types';
import type { BlockSplit } from './blockSplit';
import { placeFacts, placeProblems, type StageBlock } from './stageBlock';

/** The facts of a text made of pieces: the header's walk, the stage blocks (facts in their own coordinates) and where they sit. */
export interface PiecewiseFacts extends Omit<MapFacts, 'index'> {
  /** The walk of the header and the suffix (offsets in the whole text, sorted). */
  head: MapFacts;
  headerEnd: number;
  /** The stage blocks, block i at `starts[i]`. */
  blocks: readonly StageBlock[];
  starts: readonly number[];
  suffixStart: number;
  /** The merged id index, in text order (header, stages, suffix), made on the first call. */
  index: () => IdIndex;
}

/** The facts of the header walk `head` and the stage blocks cut by `split`. */
export function piecewiseFacts(head: MapFacts, blocks: readonly StageBlock[], split: BlockSplit): PiecewiseFacts {
  const byOffset = (a: IdOccurrence, b: IdOccurrence) => a.offset - b.offset;
  head.index.declarations.sort(byOffset);
  head.index.references.sort(byOffset);
  const { headerEnd, starts, suffixStart } = split;
  const problems = [...head.problems];
  const emptyStages = [...head.emptyStages];
  let touchpointForAllPersonas = head.touchpointForAllPersonas;
  blocks.forEach((block, i) => {
    const placed = placeProblems(block, starts[i], i);
    for (const problem of placed.problems) problems.push(problem);
    for (const stage of placed.emptyStages) emptyStages.push(stage);
    touchpointForAllPersonas ||= block.facts.touchpointForAllPersonas;
  });
  let index: IdIndex | undefined;
  return { head, headerEnd, blocks, starts, suffixStart, problems, emptyStages, touchpointForAllPersonas,
    index: () => (index ??= mergedIndex(head, blocks, starts, headerEnd)) };
}

/** The facts as one walk of the whole text gives them (the id index merged). */
export function mergedFacts(facts: PiecewiseFacts): MapFacts {
  const { problems, emptyStages, touchpointForAllPersonas } = facts;
  return { index: facts.index(), problems, emptyStages, touchpointForAllPersonas };
}

/** The header's ids with every block's placed, in text order (header, stages, suffix). */
function mergedIndex(head: MapFacts, blocks: readonly StageBlock[], starts: readonly number[], headerEnd: number): IdIndex {
  const placed = blocks.map((block, i) => placeFacts(block, starts[i], i).index);
  const { declarations, references } = head.index;
  // Each list is made once at its final length (concat), not grown item by item: it holds every id of the map.
  return {
    declarations: declarations.filter((d) => d.offset < headerEnd)
      .concat(...placed.map((p) => p.declarations), declarations.filter((d) => d.offset >= headerEnd)),
    references: references.filter((r) => r.offset < headerEnd)
      .concat(...placed.map((p) => p.references), references.filter((r) => r.offset >= headerEnd)),
  };
}
