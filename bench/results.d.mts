/** Where the figures are kept. */
export const RESULTS_FILE: string;
/** The figures recorded so far (an empty object before the first benchmark). */
export function readFigures(): Record<string, number>;
/** Adds `figures` (name → ms, rounded to 0.1 ms) to bench/results.json, keys sorted. */
export function recordFigures(figures: Record<string, number>): void;
