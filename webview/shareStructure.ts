/**
 * Structural sharing between two snapshots: parts of the new value that equal the old keep the old object,
 * so memoised components skip everything that did not change.
 *
 * Runs on every snapshot of a map of any size (a 5000-touchpoint map is a megabyte), so it walks both values once
 * and allocates only along the paths that changed: an unchanged part costs a comparison, not a copy.
 */

/** Returns `next`, with every subtree deep-equal to the same place in `prev` replaced by prev's object. */
export function shareStructure<T>(prev: unknown, next: T): T {
  if (prev === next || typeof prev !== 'object' || prev === null || typeof next !== 'object' || next === null) return next;
  const prevIsArray = Array.isArray(prev);
  if (prevIsArray !== Array.isArray(next)) return next;
  return (prevIsArray ? shareArray(prev as unknown[], next as unknown[])
    : shareObject(prev as Record<string, unknown>, next as Record<string, unknown>)) as T;
}

/** `prev` when every item is shared and the lengths match, else a new array of the shared items. */
function shareArray(prev: unknown[], next: unknown[]): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < next.length; i++) {
    const item = shareStructure(prev[i], next[i]);
    if (out === null && (item !== prev[i] || i >= prev.length)) out = prev.slice(0, i);
    if (out !== null) out.push(item);
  }
  if (out !== null) return out;
  return prev.length === next.length ? prev : prev.slice(0, next.length);
}

/** `prev` when every value is shared under the same keys in the same order, else a new object of the shared values. */
function shareObject(prev: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const nextKeys = Object.keys(next);
  const prevKeys = Object.keys(prev);
  // Key order matters to the map (it is the text's order), so an equal set in a new order is a change.
  let same = prevKeys.length === nextKeys.length;
  let out: Record<string, unknown> | null = null;
  for (let i = 0; i < nextKeys.length; i++) {
    const key = nextKeys[i];
    const value = shareStructure(prev[key], next[key]);
    if (same && (value !== prev[key] || prevKeys[i] !== key)) same = false;
    if (!same && out === null) out = copyKeys(prev, nextKeys, i);
    if (out !== null) out[key] = value;
  }
  if (out !== null) return out;
  return same ? prev : {}; // no keys left: nothing of prev to keep
}

/** A new object with the first `count` keys of `keys`, valued from `from` (where they are already shared). */
function copyKeys(from: Record<string, unknown>, keys: string[], count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) out[keys[i]] = from[keys[i]];
  return out;
}
