/**
 * Structural sharing between two snapshots: parts of the new value that equal the old keep the old object,
 * so memoised components skip everything that did not change.
 */

/** Returns `next`, with every subtree deep-equal to the same place in `prev` replaced by prev's object. */
export function shareStructure<T>(prev: unknown, next: T): T {
  if (prev === next) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((item, i) => {
      const shared = shareStructure(prev[i], item);
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  if (isPlain(prev) && isPlain(next)) {
    const prevKeys = Object.keys(prev);
    const nextKeys = Object.keys(next);
    let same = prevKeys.length === nextKeys.length;
    const out: Record<string, unknown> = {};
    for (const key of nextKeys) {
      out[key] = shareStructure(prev[key], next[key]);
      if (out[key] !== prev[key] || !(key in prev)) same = false;
    }
    // Key order matters to the map (it is the text's order), so an equal set in a new order is a change.
    if (same && prevKeys.some((k, i) => k !== nextKeys[i])) same = false;
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
