/**
 * The cross-block reference checks (duplicate ids, unknown references, unused declarations, empty stages) of the
 * last analysis, reused while no id changed. A keystroke in a name changes no id: the checks then give the same
 * problems, each moved to where its declaration, reference or stage now sits, without rebuilding the sets of ids
 * of the whole map (the largest cost of a keystroke in a big map). Whenever an id, a kind, a metric's owner, a
 * stage without touchpoints or the "touchpoint for all personas" flag differs, the checks run again.
 */
import type { MapFacts } from '../mapWalk';
import { checkReferences } from '../referenceChecks';
import type { IdOccurrence, Problem } from '../types';

/** Problems of checkReferences whose range is a declaration's (the others: a reference's, or an empty stage's). */
const DECLARATION_CODES = new Set(['duplicate-id', 'unused-channel', 'unused-persona']);

/** Remembers the facts and problems of the last reference check. */
export class ReferenceCheckCache {
  private last: { facts: MapFacts; problems: Problem[] } | null = null;

  /** Exactly `checkReferences(facts)`. */
  check(facts: MapFacts): Problem[] {
    const last = this.last;
    const problems = last && sameIds(last.facts, facts) ? last.problems.map((p) => moved(p, last.facts, facts)) : checkReferences(facts);
    this.last = { facts, problems };
    return [...problems];
  }
}

function sameOccurrences(before: IdOccurrence[], after: IdOccurrence[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a.id !== b.id || a.kind !== b.kind || a.length !== b.length) return false;
    if (a.kind === 'metric' && !samePath(a.owner, b.owner)) return false;
  }
  return true;
}

function samePath(a: readonly (string | number)[] | undefined, b: readonly (string | number)[] | undefined): boolean {
  return a === b || (!!a && !!b && a.length === b.length && a.every((part, i) => part === b[i]));
}

/** True when the checks must give the same problems for both (up to where they sit). */
function sameIds(before: MapFacts, after: MapFacts): boolean {
  return before.touchpointForAllPersonas === after.touchpointForAllPersonas
    && before.emptyStages.length === after.emptyStages.length
    && before.emptyStages.every((stage, i) => stage.id === after.emptyStages[i].id)
    && sameOccurrences(before.index.declarations, after.index.declarations)
    && sameOccurrences(before.index.references, after.index.references);
}

/** The index of the occurrence at `offset` in a list in text order (it is there: the problem was made from it). */
function indexAt(list: { offset: number }[], offset: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].offset < offset) low = mid + 1;
    else high = mid;
  }
  if (list[low]?.offset === offset) return low;
  const found = list.findIndex((item) => item.offset === offset); // not sorted after all
  if (found < 0) throw new Error(`no occurrence at ${offset} for a cached reference problem`);
  return found;
}

/** A problem of `before`'s checks moved to where its occurrence sits in `after`. */
function moved(problem: Problem, before: MapFacts, after: MapFacts): Problem {
  if (problem.code === 'empty-stage') {
    const stage = after.emptyStages[before.emptyStages.findIndex((s) => s.range.offset === problem.offset)];
    return { ...problem, offset: stage.range.offset, length: stage.range.length, path: stage.path };
  }
  const declaration = DECLARATION_CODES.has(problem.code);
  const [old, now] = declaration
    ? [before.index.declarations, after.index.declarations] : [before.index.references, after.index.references];
  const occurrence = now[indexAt(old, problem.offset)];
  const copy: Problem = { ...problem, offset: occurrence.offset, length: occurrence.length, path: occurrence.path };
  if (problem.related) {
    copy.related = problem.related.map((place) => {
      const first = after.index.declarations[indexAt(before.index.declarations, place.offset)];
      return { ...place, offset: first.offset, length: first.length };
    });
  }
  return copy;
}
