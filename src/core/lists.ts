/**
 * List helpers that stay safe for lists of any length.
 */

/** Appends every item of `items` to `target` (a spread push overflows the call stack past about 100,000 items). */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Binary search: the first index in 0..`length` at which `reached(index)` holds, for a test that is false for a
 * prefix of the indices and true for the rest (`length` when it never holds).
 */
export function firstIndexWhere(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
