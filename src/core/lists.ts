/**
 * List helpers that stay safe for lists of any length.
 */

/** Appends every item of `items` to `target` (a spread push overflows the call stack past about 100,000 items). */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
