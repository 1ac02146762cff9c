/**
 * Median time of the picture exports on generated maps: layout + SVG, PNG (resvg, WebAssembly) at scale 1 and
 * PDF (PDFKit, one page and A4), with the exported sizes. Run: `npx tsx bench/exportBench.ts` (part of
 * `npm run bench`).
 */
import { readExportAssets } from '../src/cli/exportAssets';
import { analyze } from '../src/core/analyze';
import { exportBinary, exportSvg } from '../src/core/export';
import type { JourneyView } from '../src/shared/viewModel';
import { generateMapText } from './generateMap';
import { median, printTable } from './report';

const SIZES = [10, 100, 1000];

async function timeRuns(runs: number, once: () => Promise<unknown> | unknown): Promise<{ ms: number; last: unknown }> {
  let last = await once(); // warm-up (also loads resvg and the fonts)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await once();
    times.push(performance.now() - start);
  }
  return { ms: median(times), last };
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

async function main(): Promise<void> {
  const rows: string[][] = [];
  for (const n of SIZES) {
    const map = analyze(generateMapText(n), { fileName: `generated-${n}.cjm.yaml` }).model;
    if (!map) throw new Error(`generated map of ${n} touchpoints does not validate`);
    const view: JourneyView = { mapId: `generated-${n}`, fileName: `generated-${n}.cjm.yaml`, map };
    const runs = n >= 1000 ? 3 : 7;
    const options = { footer: view.fileName, loadAssets: readExportAssets };
    const svg = await timeRuns(runs, () => exportSvg(view, options));
    const png = await timeRuns(runs, () => exportBinary(view, 'png', { ...options, scale: 1 }));
    const pdf = await timeRuns(runs, () => exportBinary(view, 'pdf', { ...options, page: 'fit' }));
    const a4 = await timeRuns(runs, () => exportBinary(view, 'pdf', { ...options, page: 'a4' }));
    rows.push([String(n), `${svg.ms.toFixed(1)} ms`, kb((svg.last as string).length), `${png.ms.toFixed(0)} ms`,
      kb((png.last as Uint8Array).length), `${pdf.ms.toFixed(0)} ms`, `${a4.ms.toFixed(0)} ms`, kb((a4.last as Uint8Array).length)]);
  }
  console.log('\nPicture exports (median; PNG at scale 1)\n');
  printTable(['touchpoints', 'SVG', 'SVG size', 'PNG', 'PNG size', 'PDF one page', 'PDF A4', 'A4 size'], rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
