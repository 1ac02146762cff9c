/**
 * Cost of the insights on top of an analysis: the rules, ranges and suppression comments over generated maps,
 * full (a fresh analysis: ranges read from the whole parsed document) and after a keystroke (the incremental
 * analyzer: the document is stitched from its blocks on first access). Run: `npx tsx bench/insightsBench.ts`
 * (part of `npm run bench`).
 */
import { analyze } from '../src/core/analyze';
import { IncrementalAnalyzer } from '../src/core/incremental/incrementalAnalyzer';
import { runInsights } from '../src/core/insights/runInsights';
import { resolveSettings } from '../src/core/insights/settings';
import { generateMapText } from './generateMap';
import { median, printTable } from './report';

const SIZES = [100, 1000, 5000];
const RUNS = 15;

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function main(): void {
  const settings = resolveSettings(null);
  const rows: string[][] = [];
  for (const count of SIZES) {
    const text = generateMapText(count);
    const full = analyze(text, { fileName: 'bench.cjm.yaml' });
    runInsights(full, settings); // warm-up
    const fullMs = median(Array.from({ length: RUNS }, () => timeMs(() => runInsights(full, settings))));
    const analyzer = new IncrementalAnalyzer({ fileName: 'bench.cjm.yaml' });
    analyzer.analyze(text);
    // A keystroke in the middle of the map: a new analysis, then the insights over it (stitching its document).
    const at = text.indexOf('name: ', Math.floor(text.length / 2)) + 'name: '.length;
    const keystrokes = Array.from({ length: RUNS }, (_, i) => {
      const edited = `${text.slice(0, at)}${'x'.repeat(i + 1)}${text.slice(at)}`;
      const analysis = analyzer.analyze(edited);
      return timeMs(() => runInsights(analysis, settings));
    });
    rows.push([String(count), `${(text.length / 1024).toFixed(0)} KB`, String(runInsights(full, settings).length),
      fullMs.toFixed(1), median(keystrokes).toFixed(1)]);
  }
  printTable(['touchpoints', 'size', 'findings', 'insights on a full analysis, ms', 'insights after a keystroke, ms'], rows);
  console.log(`\nMedian of ${RUNS} runs; node ${process.version}.`);
}

main();
