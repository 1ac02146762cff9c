/**
 * The cross-block reference checks (duplicate ids, unknown references, unused declarations, empty stages) of the
 * last analysis, reused while no id changed. A keystroke in a name changes no id: the checks then give the same
 * problems, each moved to where its declaration, reference or stage now sits, without rebuilding the sets of ids
 * of the whole map (the largest cost of a keystroke in a big map). Whenever an id, a kind, a metric's owner, a
 * stage without touchpoints or the "touchpoint for all personas" flag differs, the checks run again.
 */
import { firstIndexWhere } from '../lists';
import { checkReferences } from '../referenceChecks';
import type { IdIndex, IdOccurrence, Problem } from '../types';
import { mergedFacts, type PiecewiseFacts } from './mergeFacts';
import { placedOccurrence } from './stageBlock';

/** Problems of checkReferences whose range is a declaration's (the others: a reference's, or an empty stage's). */
const DECLARATION_CODES = new Set(['duplicate-id', 'unused-channel', 'unused-persona']);

/** Remembers the facts and problems of the last reference check. */
export class ReferenceCheckCache {
  private last: { facts: PiecewiseFacts; problems: Problem[] } | null = null;

  /** Exactly `checkReferences` of the merged facts. */
  check(facts: PiecewiseFacts): Problem[] {
    const last = this.last;
    const problems = last && sameIds(last.facts, facts)
      ? last.problems.map((p) => moved(p, last.facts, facts)) : checkReferences(mergedFacts(facts));
    this.last = { facts, problems };
    return [...problems];
  }
}

function sameOccurrences(before: readonly IdOccurrence[], after: readonly IdOccurrence[]): boolean {
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

function sameIndex(before: IdIndex, after: IdIndex): boolean {
  return sameOccurrences(before.declarations, after.declarations) && sameOccurrences(before.references, after.references);
}

/** How many occurrences of a sorted list lie before `offset`. */
const countBefore = (list: readonly IdOccurrence[], offset: number) => {
  let count = 0;
  while (count < list.length && list[count].offset < offset) count++;
  return count;
};

/**
 * True when the checks must give the same problems for both (up to where they sit): the same ids in the header and
 * suffix, and in each stage block (a block unchanged at the same index has the same ids, owners included: its facts
 * are not looked at), so the merged lists hold the same ids in the same order.
 */
function sameIds(before: PiecewiseFacts, after: PiecewiseFacts): boolean {
  const { head } = after;
  return before.touchpointForAllPersonas === after.touchpointForAllPersonas
    && before.emptyStages.length === after.emptyStages.length
    && before.emptyStages.every((stage, i) => stage.id === after.emptyStages[i].id)
    && sameIndex(before.head.index, head.index)
    && countBefore(before.head.index.declarations, before.headerEnd) === countBefore(head.index.declarations, after.headerEnd)
    && countBefore(before.head.index.references, before.headerEnd) === countBefore(head.index.references, after.headerEnd)
    && before.blocks.length === after.blocks.length
    && after.blocks.every((block, i) => block === before.blocks[i] || sameIndex(before.blocks[i].facts.index, block.facts.index));
}

/** The index of the occurrence at `offset` in a list in text order (it is there: the problem was made from it). */
function indexAt(list: readonly { offset: number }[], offset: number): number {
  const low = firstIndexWhere(list.length, (i) => list[i].offset >= offset);
  if (list[low]?.offset === offset) return low;
  const found = list.findIndex((item) => item.offset === offset); // not sorted after all
  if (found < 0) throw new Error(`no occurrence at ${offset} for a cached reference problem`);
  return found;
}

/** Where an occurrence is: in the header walk (block -1) or in stage block `block`, at `at` in that list. */
interface Place {
  block: number;
  at: number;
}

/** The block whose text holds `offset` (one of the stages: between the header's end and the suffix). */
function blockAt(starts: readonly number[], offset: number): number {
  return Math.max(0, firstIndexWhere(starts.length, (i) => starts[i] > offset) - 1);
}

/** The place of the declaration or reference at `offset` in the whole text of `facts`. */
function placeOf(facts: PiecewiseFacts, which: keyof IdIndex, offset: number): Place {
  if (offset < facts.headerEnd || offset >= facts.suffixStart) return { block: -1, at: indexAt(facts.head.index[which], offset) };
  const block = blockAt(facts.starts, offset);
  return { block, at: indexAt(facts.blocks[block].facts.index[which], offset - facts.starts[block]) };
}

/** The occurrence at a place of `facts`, in the whole text. */
function occurrenceAt(facts: PiecewiseFacts, which: keyof IdIndex, { block, at }: Place): IdOccurrence {
  if (block < 0) return facts.head.index[which][at];
  return placedOccurrence(facts.blocks[block].facts.index[which][at], facts.starts[block], block);
}

/** A problem of `before`'s checks moved to where its occurrence sits in `after` (which has the same ids: see sameIds). */
function moved(problem: Problem, before: PiecewiseFacts, after: PiecewiseFacts): Problem {
  if (problem.code === 'empty-stage') {
    const stage = after.emptyStages[before.emptyStages.findIndex((s) => s.range.offset === problem.offset)];
    return { ...problem, offset: stage.range.offset, length: stage.range.length, path: stage.path };
  }
  const which = DECLARATION_CODES.has(problem.code) ? 'declarations' : 'references';
  const occurrence = occurrenceAt(after, which, placeOf(before, which, problem.offset));
  const copy: Problem = { ...problem, offset: occurrence.offset, length: occurrence.length, path: occurrence.path };
  if (problem.related) {
    copy.related = problem.related.map((place) => {
      const first = occurrenceAt(after, 'declarations', placeOf(before, 'declarations', place.offset));
      return { ...place, offset: first.offset, length: first.length };
    });
  }
  return copy;
}
