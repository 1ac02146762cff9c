/**
 * Problems of a map that only the workspace can tell (a `use:` no personas file defines…): another area computes
 * them from the workspace index and extension.ts hands the function over, so Validate All and the quick fixes see
 * them without this area importing that one.
 */
import type { Analysis, Problem } from '../core/types';

/** The cross-file problems of an analysed map (empty, reading nothing of the workspace, when it has nothing to check). */
export type CrossFileProblems = (analysis: Pick<Analysis, 'index'>) => Promise<Problem[]>;
