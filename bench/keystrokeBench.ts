/**
 * The keystroke pipeline: a character typed inside one stage of a generated map → problems ready, with the
 * incremental analyzer the extension host uses, against yaml-language-server validating the same document after
 * the same edit. Also the opening (full analysis) time, the longest synchronous block per keystroke, a keystroke
 * that breaks the YAML (full re-analysis) and the bundle sizes in dist/.
 * Run: `npx tsx bench/keystrokeBench.ts` (part of `npm run bench`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../src/core/analyze';
import { IncrementalAnalyzer } from '../src/core/incremental/incrementalAnalyzer';
import { codeEntries, codeEntriesOf } from '../src/core/positionLinks';
import { generateMapText } from './generateMap';
import { yamlLanguageService } from './yamlLanguageServer';
import { printTable } from './report';
import { recordFigures } from './results.mjs';

const SIZES = [1000, 5000];
const KEYSTROKES = 80;
const ROOT = join(__dirname, '..');

interface Stats {
  median: number;
  p95: number;
  max: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, p95: at(0.95), max: sorted[sorted.length - 1] };
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

/** The texts after each keystroke: a word typed then erased inside the name of a touchpoint of the middle stage. */
function keystrokeTexts(text: string, count: number): string[] {
  const stages = Math.ceil(count / 10);
  const anchor = text.indexOf(`id: tp-${Math.floor(stages / 2) * 10 + 4}\n`);
  const at = text.indexOf('name: ', anchor) + 'name: '.length;
  const word = 'Quick check of the refund ';
  const texts: string[] = [];
  for (let i = 0; texts.length < KEYSTROKES; i++) {
    const typed = i % (2 * word.length);
    const length = typed < word.length ? typed + 1 : 2 * word.length - typed - 1;
    texts.push(text.slice(0, at) + word.slice(0, length) + text.slice(at));
  }
  return texts;
}


async function yamlLsTimes(texts: string[], runs: number, count: number): Promise<number[]> {
  const service = yamlLanguageService();
  const uri = `file:///bench/keystroke-${count}.cjm.yaml`;
  await service.doValidation(TextDocument.create(uri, 'yaml', 1, texts[0]), false); // warm-up, schema load
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const doc = TextDocument.create(uri, 'yaml', i + 2, texts[(i + 1) % texts.length]);
    const start = performance.now();
    await service.doValidation(doc, false);
    times.push(performance.now() - start);
  }
  return times;
}

/** Damage a person leaves while typing, inserted before a touchpoint name, then typed on: name → text inserted. */
const DAMAGE: Record<string, (line: string) => string> = {
  unclosedQuote: (line) => line.replace('name: ', 'name: "'),
  unclosedSingleQuote: (line) => line.replace('name: ', "name: '"),
  unclosedBracket: (line) => line.replace('name: ', 'name: ['),
  unclosedBrace: (line) => line.replace('name: ', 'name: { a: '),
  anchor: (line) => line.replace('name: ', 'name: &a '),
  alias: (line) => line.replace('name: ', 'name: *a '),
  aliasAsValue: (line) => line.replace(/name: .*/, 'name: *a'),
  tab: (line) => `${line}\n        \tnote: `,
  tabAtLineStart: (line) => `${line}\n\t`,
};

/**
 * Keystrokes typed after damage left in the middle stage: the damage, then five letters, each analysed; the
 * median. These were the full-parse fallbacks of 0.1.0.
 */
function fallbackTimes(analyzer: IncrementalAnalyzer, text: string, count: number): Record<string, number> {
  const stages = Math.ceil(count / 10);
  const anchor = text.indexOf(`id: tp-${Math.floor(stages / 2) * 10 + 4}\n`);
  const lineStart = text.indexOf('\n', anchor) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd);
  const figures: Record<string, number> = {};
  for (const [name, damage] of Object.entries(DAMAGE)) {
    analyzer.analyze(text);
    const damaged = damage(line);
    const times = ['', 'Q', 'Qu', 'Qui', 'Quic', 'Quick'].map((typed) => {
      const next = text.slice(0, lineStart) + damaged + typed + text.slice(lineEnd);
      return timed(() => analyzer.analyze(next))[1];
    });
    figures[name] = stats(times).median;
  }
  return figures;
}

interface Row {
  fallbacks: Record<string, number>;
  count: number;
  size: string;
  open: Stats;
  openIncremental: number;
  keystroke: Stats;
  /** CPU time of this process per keystroke: what the keystroke costs when other work shares the cores. */
  keystrokeCpu: Stats;
  keystrokeDoc: Stats;
  keystrokeWithDoc: Stats;
  fallback: number;
  partialKey: number;
  docAccess: number;
  yamlLs: Stats;
  incrementalShare: string;
  codePathWalk: Stats;
  codePathModel: Stats;
}

/** The `code:` entries after each keystroke, as the code-path check reads them: walking the document, or from the model. */
function codePathTimes(analyzer: IncrementalAnalyzer, texts: string[]): { walk: Stats; model: Stats } {
  const walk = texts.map((t) => {
    const analysis = analyzer.analyze(t);
    return timed(() => codeEntries(analysis.doc, analysis.text))[1];
  });
  const model = texts.map((t) => {
    const analysis = analyzer.analyze(t);
    return timed(() => codeEntriesOf(analysis))[1];
  });
  return { walk: stats(walk), model: stats(model) };
}

async function measure(count: number): Promise<Row> {
  const text = generateMapText(count);
  const fileName = `bench-${count}.cjm.yaml`;
  const open = stats(Array.from({ length: count >= 5000 ? 3 : 7 }, () => timed(() => analyze(text, { fileName }))[1]));
  const coldRuns = Array.from({ length: count >= 5000 ? 3 : 7 }, () => timed(() => new IncrementalAnalyzer({ fileName }).analyze(text))[1]);
  const openIncremental = stats(coldRuns).median;
  const analyzer = new IncrementalAnalyzer({ fileName });
  analyzer.analyze(text);
  const texts = keystrokeTexts(text, count);
  let incremental = 0;
  const docTimes: number[] = [];
  const withDoc: number[] = [];
  const cpuTimes: number[] = [];
  const times = texts.map((t) => {
    const cpuBefore = process.cpuUsage();
    const [analysis, time] = timed(() => analyzer.analyze(t));
    const cpu = process.cpuUsage(cpuBefore);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (analyzer.stats.mode === 'incremental' && analyzer.stats.parsedBlocks === 1) incremental++;
    // What the editor's cursor sync, outline and code-path check read next: the document.
    const docTime = timed(() => analysis.doc)[1];
    docTimes.push(docTime);
    withDoc.push(time + docTime);
    return time;
  });
  const last = new IncrementalAnalyzer({ fileName }).analyze(texts[0]);
  const docAccess = timed(() => last.doc)[1];
  // A key being typed on a new line is a syntax error inside the stage: answered from that stage.
  const keyAt = texts[3].indexOf('\n', texts[3].indexOf('name: Qui')) + 1;
  const partialKey = timed(() => analyzer.analyze(`${texts[3].slice(0, keyAt)}        chan\n${texts[3].slice(keyAt)}`))[1];
  // An unclosed quote (typed, then more letters after it): answered from the stage, or the stages it runs into.
  const fallbacks = fallbackTimes(analyzer, text, count);
  const fallback = fallbacks.unclosedQuote;
  const yamlLs = stats(await yamlLsTimes(texts, count >= 5000 ? 5 : 11, count));
  const codePath = codePathTimes(analyzer, texts.slice(0, 20));
  return {
    fallbacks, count, size: `${(text.length / 1024).toFixed(0)} KB`, open, openIncremental, keystroke: stats(times), keystrokeCpu: stats(cpuTimes),
    fallback, partialKey, docAccess, yamlLs,
    keystrokeDoc: stats(docTimes), keystrokeWithDoc: stats(withDoc),
    incrementalShare: `${incremental}/${texts.length}`, codePathWalk: codePath.walk, codePathModel: codePath.model,
  };
}


function bundleSizes(): void {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) {
    console.log('\nNo dist/: run `npm run build` for bundle sizes.');
    return;
  }
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(js|css)$/.test(name)) files.push(path);
    }
  };
  visit(dist);
  console.log('\nBundles in dist/:');
  for (const file of files.sort()) console.log(`  ${relative(ROOT, file).padEnd(34)} ${(statSync(file).size / 1024).toFixed(1).padStart(8)} KB`);
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const count of SIZES) rows.push(await measure(count));
  const ms = (n: number) => n.toFixed(1);
  printTable(['touchpoints', 'size', 'keystroke median', 'p95', 'longest', 'yaml-ls median', 'p95', 'yaml-ls / ours', 'one block parsed'],
    rows.map((r) => [String(r.count), r.size, ms(r.keystroke.median), ms(r.keystroke.p95), ms(r.keystroke.max), ms(r.yamlLs.median),
      ms(r.yamlLs.p95), `${(r.yamlLs.median / r.keystroke.median).toFixed(0)}x`, r.incrementalShare]));
  console.log('');
  printTable(['touchpoints', 'keystroke CPU time median', 'p95', 'longest'],
    rows.map((r) => [String(r.count), ms(r.keystrokeCpu.median), ms(r.keystrokeCpu.p95), ms(r.keystrokeCpu.max)]));
  console.log('');
  printTable(['touchpoints', 'doc read after keystroke median', 'p95', 'keystroke + doc read median', 'p95', 'longest'],
    rows.map((r) => [String(r.count), ms(r.keystrokeDoc.median), ms(r.keystrokeDoc.p95), ms(r.keystrokeWithDoc.median),
      ms(r.keystrokeWithDoc.p95), ms(r.keystrokeWithDoc.max)]));
  console.log('');
  printTable(['touchpoints', 'open: full analyze median', 'open: incremental median', 'its first doc read', 'half-typed key (one stage)',
    'unclosed quote'],
  rows.map((r) => [String(r.count), ms(r.open.median), ms(r.openIncremental), ms(r.docAccess), ms(r.partialKey), ms(r.fallback)]));
  console.log('');
  printTable(['touchpoints', 'code: entries by walking doc median', 'p95', 'from model (codeEntriesOf) median', 'p95'],
    rows.map((r) => [String(r.count), ms(r.codePathWalk.median), ms(r.codePathWalk.p95), ms(r.codePathModel.median), ms(r.codePathModel.p95)]));
  console.log('');
  const kinds = Object.keys(DAMAGE);
  printTable(['touchpoints', ...kinds], rows.map((r) => [String(r.count), ...kinds.map((k) => ms(r.fallbacks[k]))]));
  recordFigures(Object.fromEntries(rows.flatMap((r) => [
    [`keystroke.median.${r.count}`, r.keystroke.median], [`keystroke.p95.${r.count}`, r.keystroke.p95],
    [`keystroke.longest.${r.count}`, r.keystroke.max], [`keystroke.halfTypedKey.${r.count}`, r.partialKey],
    [`keystroke.cpu.median.${r.count}`, r.keystrokeCpu.median], [`keystroke.cpu.p95.${r.count}`, r.keystrokeCpu.p95],
    [`keystroke.withDocument.p95.${r.count}`, r.keystrokeWithDoc.p95], [`keystroke.yamlLanguageServer.median.${r.count}`, r.yamlLs.median],
    ...kinds.map((k) => [`keystroke.fallback.${k}.${r.count}`, r.fallbacks[k]]),
  ])));
  console.log(`\nTimes in ms; ${KEYSTROKES} keystrokes typed and erased in a touchpoint name of the middle stage; `
    + `"longest" is the longest synchronous block of one keystroke; node ${process.version}.`);
  bundleSizes();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
