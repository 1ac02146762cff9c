/**
 * The figures of `npm run bench` in one file, `bench/results.json`: a flat object of named figures in
 * milliseconds (for example "render.scroll.p95.5000"), so two runs can be compared line by line. Every
 * benchmark adds its own figures; a figure measured again replaces the old value.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the figures are kept. */
export const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url));

/** The figures recorded so far (an empty object before the first benchmark). */
export function readFigures() {
  return existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) : {};
}

/** Adds `figures` (name → ms, rounded to 0.1 ms) to bench/results.json, keys sorted. */
export function recordFigures(figures) {
  const all = { ...readFigures() };
  for (const [name, value] of Object.entries(figures)) all[name] = Math.round(value * 10) / 10;
  const sorted = Object.fromEntries(Object.keys(all).sort().map((name) => [name, all[name]]));
  writeFileSync(RESULTS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}
