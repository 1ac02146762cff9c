/**
 * The README's "Figures" table: each goal of the speed targets beside the figure `npm run bench` recorded in
 * bench/results.json, and whether it is met. Run last by `npm run bench` (or `npx tsx bench/figures.ts`).
 */
import { printTable } from './report';
import { readFigures } from './results.mjs';

/** A speed target: the figure it reads (ms) and the most it may be. */
interface Goal { what: string; figure: string; atMost: number }

const GOALS: Goal[] = [
  { what: 'map editor scroll frames, p95 (5000 touchpoints)', figure: 'render.scroll.p95.5000', atMost: 16.7 },
  { what: 'map editor scroll, main-thread CPU per frame (5000)', figure: 'render.scroll.cpuPerFrame.5000', atMost: 16.7 },
  { what: 'map editor scroll, CPU of the longest main-thread task (5000)', figure: 'render.scroll.longestTaskCpu.5000', atMost: 16.7 },
  { what: 'map editor scroll frames, longest (5000)', figure: 'render.scroll.max.5000', atMost: 33 },
  { what: 'map editor update after a change, render + layout (5000)', figure: 'render.update.5000', atMost: 8 },
  { what: 'map editor first mount to frame (5000)', figure: 'render.mount.5000', atMost: 80 },
  { what: 'keystroke after an unclosed quote (1000)', figure: 'keystroke.fallback.unclosedQuote.1000', atMost: 20 },
  { what: 'keystroke after an unclosed quote (5000)', figure: 'keystroke.fallback.unclosedQuote.5000', atMost: 60 },
  { what: "keystroke after an unclosed ' that runs to the end (5000)", figure: 'keystroke.fallback.unclosedSingleQuote.5000', atMost: 60 },
  { what: 'keystroke after an unclosed [ (5000)', figure: 'keystroke.fallback.unclosedBracket.5000', atMost: 60 },
  { what: 'keystroke after an anchor (5000)', figure: 'keystroke.fallback.anchor.5000', atMost: 60 },
  { what: 'keystroke after a tab-indented line (5000)', figure: 'keystroke.fallback.tab.5000', atMost: 60 },
  { what: 'keystroke after an alias typed before a value (5000)', figure: 'keystroke.fallback.alias.5000', atMost: 60 },
  { what: 'keystroke after an alias typed as a value, no anchor (5000)', figure: 'keystroke.fallback.aliasAsValue.5000', atMost: 60 },
  { what: 'keystroke after a tab at the start of a line (5000)', figure: 'keystroke.fallback.tabAtLineStart.5000', atMost: 60 },
  { what: 'keystroke → problems, p95 (5000)', figure: 'keystroke.p95.5000', atMost: 8 },
  { what: 'keystroke → problems, longest block (5000)', figure: 'keystroke.longest.5000', atMost: 30 },
  { what: 'opening a map, longest block of the host (5000)', figure: 'open.longestBlock.5000', atMost: 16 },
  { what: 'loading dist/extension.js at start-up', figure: 'startup.load', atMost: 12 },
];

function main(): void {
  const figures = readFigures();
  printTable(['what', 'figure', 'goal ms', 'measured ms', 'met'], GOALS.map((g) => {
    const value = figures[g.figure];
    const measured = value === undefined ? 'not run' : value.toFixed(1);
    const met = value === undefined ? '' : value <= g.atMost ? 'yes' : `no (${(value / g.atMost).toFixed(1)}×)`;
    return [g.what, `\`${g.figure}\``, String(g.atMost), measured, met];
  }), [0, 1]);
}

main();
