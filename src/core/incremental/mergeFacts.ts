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
  const problems = [...head.problems];
  const emptyStages = [...head.emptyStages];
  let touchpointForAllPersonas = head.touchpointForAllPersonas;
  for (const facts of placed) {
    pushAll(declarations, facts.index.declarations);
    pushAll(references, facts.index.references);
    pushAll(problems, facts.problems);
    pushAll(emptyStages, facts.emptyStages);
    touchpointForAllPersonas ||= facts.touchpointForAllPersonas;
  }
  pushAll(declarations, headDeclarations.filter((d) => d.offset >= headerEnd));
  pushAll(references, head.index.references.filter((r) => r.offset >= headerEnd));
  return { index: { declarations, references }, problems, emptyStages, touchpointForAllPersonas };
}

function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
