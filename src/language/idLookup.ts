/** Finding ids in the core's index: the one under the caret, and every occurrence of the same id. */
import type { Analysis, IdOccurrence } from '../core/types';

/** The declaration or reference whose id range holds the offset (its end counts). */
export function occurrenceAt(analysis: Analysis, offset: number): IdOccurrence | undefined {
  const all = [...analysis.index.declarations, ...analysis.index.references];
  return all.find((o) => offset >= o.offset && offset <= o.offset + o.length);
}

/** True when two occurrences name the same thing (same kind and id; metrics also the same owner). */
export function sameTarget(a: Pick<IdOccurrence, 'kind' | 'id' | 'owner'>, b: Pick<IdOccurrence, 'kind' | 'id' | 'owner'>): boolean {
  if (a.kind !== b.kind || a.id !== b.id) return false;
  return a.kind !== 'metric' || JSON.stringify(a.owner ?? []) === JSON.stringify(b.owner ?? []);
}

/** Every declaration and reference of the thing an occurrence names, in text order. */
export function occurrencesOf(analysis: Analysis, target: IdOccurrence): { declarations: IdOccurrence[]; references: IdOccurrence[] } {
  return {
    declarations: analysis.index.declarations.filter((o) => sameTarget(o, target)),
    references: analysis.index.references.filter((o) => sameTarget(o, target)),
  };
}

/** True when some other declaration of this kind (and owner, for metrics) already uses the id. */
export function isIdTaken(analysis: Analysis, target: IdOccurrence, id: string): boolean {
  return analysis.index.declarations.some((o) => sameTarget(o, { kind: target.kind, id, owner: target.owner }));
}

