/**
 * Median analysis time of our core vs yaml-language-server validating the same generated maps against
 * schema/cjm.schema.json. Run: `npx tsx bench/analysisBench.ts` (part of `npm run bench`).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../src/core/analyze';
import { generateMapText } from './generateMap';
import { yamlLanguageService } from './yamlLanguageServer';
import { median, printTable } from './report';

const SIZES = [10, 100, 1000, 5000];

function runsFor(count: number): number {
  return count >= 5000 ? 7 : count >= 1000 ? 15 : 40;
}


async function timeRuns(runs: number, once: (i: number) => unknown): Promise<number> {
  await once(-1); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once(i);
    times.push(performance.now() - start);
  }
  return median(times);
}


async function main(): Promise<void> {
  const service = yamlLanguageService();
  const rows: string[][] = [];
  for (const count of SIZES) {
    const text = generateMapText(count);
    const ours = await timeRuns(runsFor(count), () => analyze(text, { fileName: 'bench.cjm.yaml' }));
    let diagnostics = 0;
    const theirs = await timeRuns(runsFor(count), async (i) => {
      // A new version each run, so the language service cannot answer from its parse cache.
      const doc = TextDocument.create(`file:///bench/map-${count}.cjm.yaml`, 'yaml', i + 2, text);
      diagnostics = (await service.doValidation(doc, false)).length;
    });
    rows.push([String(count), `${(text.length / 1024).toFixed(0)} KB`, ours.toFixed(1), theirs.toFixed(1),
      (theirs / ours).toFixed(2), String(analyze(text).problems.length), String(diagnostics)]);
  }
  printTable(['touchpoints', 'size', 'ours ms', 'yaml-ls ms', 'yaml-ls / ours', 'our problems', 'yaml-ls diagnostics'], rows);
  console.log(`\nMedian of ${SIZES.map(runsFor).join('/')} runs after one warm-up; node ${process.version}.`);
}


main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
