/**
 * Problems of a map that only the workspace can tell (a `use:` no personas file defines, a `journey:` link to no
 * map): other areas compute them from the workspace index and extension.ts hands the functions over, so Validate
 * All and the quick fixes see them without this area importing those.
 */
import type { Analysis, Problem } from '../core/types';

/** The cross-file problems of an analysed map (empty, reading nothing of the workspace, when it has nothing to check). */
export type CrossFileProblems = (analysis: Analysis) => Promise<Problem[]>;

/** One function for the cross-file problems of several areas, in the order given. */
export function allCrossFileProblems(...parts: CrossFileProblems[]): CrossFileProblems {
  return async (analysis) => (await Promise.all(parts.map((part) => part(analysis)))).flat();
}
