/**
 * Matching the elements of two lists by id: which are on both sides, which only on one, which only changed
 * their id (renamed), which kept their relative order (for moves), and one reading order of both sides.
 */
import { firstIndexWhere } from '../lists';

/** An element with an id. */
export interface WithId {
  id: string;
}

/** How the elements of an old and a new list correspond. */
export interface Pairing<T extends WithId> {
  /** New id → old element, for every element on both sides (a renamed one under its new id). */
  oldOf: Map<string, T>;
  /** Old id → new id, for every element on both sides (equal ids unless renamed). */
  newIdOf: Map<string, string>;
  /** New ids of the elements whose id changed while all else stayed the same. */
  renamed: Set<string>;
}

/** A canonical text of a value (object keys sorted), so equal data gives equal text whatever its key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

/**
 * Pairs elements by id; among the rest, an old and a new element whose `signature` is equal pair as a rename
 * when that signature belongs to exactly one unpaired element on each side (otherwise: removed and added).
 */
export function pairById<T extends WithId>(olds: T[], news: T[], signature: (element: T) => string): Pairing<T> {
  const oldById = new Map(olds.map((e) => [e.id, e]));
  const newIds = new Set(news.map((e) => e.id));
  const pairing: Pairing<T> = { oldOf: new Map(), newIdOf: new Map(), renamed: new Set() };
  const unpairedNew: T[] = [];
  for (const element of news) {
    const old = oldById.get(element.id);
    if (old) pair(pairing, old, element.id);
    else unpairedNew.push(element);
  }
  const unpairedOld = olds.filter((e) => !newIds.has(e.id));
  if (unpairedOld.length === 0 || unpairedNew.length === 0) return pairing;
  const oldBySignature = groupBySignature(unpairedOld, signature);
  const newBySignature = groupBySignature(unpairedNew, signature);
  for (const [sig, candidates] of newBySignature) {
    const olders = oldBySignature.get(sig);
    if (candidates.length !== 1 || olders?.length !== 1) continue;
    pair(pairing, olders[0], candidates[0].id);
    pairing.renamed.add(candidates[0].id);
  }
  return pairing;
}

function pair<T extends WithId>(pairing: Pairing<T>, old: T, newId: string): void {
  pairing.oldOf.set(newId, old);
  pairing.newIdOf.set(old.id, newId);
}

function groupBySignature<T>(elements: T[], signature: (element: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const element of elements) {
    const sig = signature(element);
    const group = groups.get(sig);
    if (group) group.push(element);
    else groups.set(sig, [element]);
  }
  return groups;
}

/** One row of a merged reading order: the new element, the old one, or both. */
export interface MergedRow<T> {
  old?: T;
  new?: T;
}

/**
 * Both lists in one reading order: the new list in its order (each with its old counterpart from `oldOf`), and each
 * old element without a counterpart right after the nearest old element before it that is in the new list.
 */
export function mergeOrder<T extends WithId>(olds: T[], news: T[], oldOf: (newElement: T) => T | undefined): MergedRow<T>[] {
  const rows: MergedRow<T>[] = news.map((element) => ({ new: element, old: oldOf(element) }));
  const rowOfOld = new Map<T, number>();
  rows.forEach((row, i) => { if (row.old) rowOfOld.set(row.old, i); });
  const after = new Map<number, T[]>();
  let anchor = -1;
  for (const element of olds) {
    const row = rowOfOld.get(element);
    if (row !== undefined) anchor = row;
    else if (!after.has(anchor)) after.set(anchor, [element]);
    else after.get(anchor)?.push(element);
  }
  const merged: MergedRow<T>[] = (after.get(-1) ?? []).map((element) => ({ old: element }));
  rows.forEach((row, i) => merged.push(row, ...(after.get(i) ?? []).map((element) => ({ old: element }))));
  return merged;
}

/**
 * Which items kept their relative order: `oldPositions[i]` is the old position of the i-th item in new order; the
 * answer is the indexes (into that array) of a longest increasing run, so every other item counts as moved.
 */
export function inOrder(oldPositions: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(oldPositions.length).fill(-1);
  for (let i = 0; i < oldPositions.length; i++) {
    const low = firstIndexWhere(tails.length, (k) => oldPositions[tails[k]] >= oldPositions[i]);
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}
