/**
 * Map editor render benchmark: `npx tsx bench/renderBench.ts`. In headless Chromium, mounts the real webview
 * bundle with maps of 10, 100, 1000 and 5000 touchpoints, then times updates (a snapshot where one touchpoint
 * was renamed, as after a keystroke), scrolling (right, then down), and Mermaid's `journey` render of the same map.
 * `MERMAID=0` skips Mermaid.
 * Prints medians; figures only, no assertions.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { analyze } from '../src/core/analyze';
import { buildView } from '../src/core/buildView';
import { exportMermaid } from '../src/core/export/mermaid';
import type { JourneyView } from '../src/shared/viewModel';
import { buildHarness, launchChromium } from '../test/webview/harness';
import { generateMapText } from './generateMap';
import { median } from './report';
import { recordFigures } from './results.mjs';

const SIZES = (process.env.SIZES ?? '10,100,1000,5000').split(',').map(Number);
const UPDATES = 15;
const MERMAID = resolve(__dirname, '../node_modules/mermaid/dist/mermaid.min.js');

interface Row { n: number; kb: number; stages: number; mount: number; update: number; frame: number; scroll: ScrollFrames;
  nodes: number; mermaid: string }

/** The view after renaming the first touchpoint of the middle stage: what a keystroke in the text sends. */
function edited(view: JourneyView, k: number): JourneyView {
  const copy = structuredClone(view);
  const stage = copy.map.stages[Math.floor(copy.map.stages.length / 2)];
  if (stage.touchpoints?.[0]) stage.touchpoints[0].name += ` ${k}`;
  return copy;
}

// The in-page parts are plain JavaScript (the host tsconfig has no DOM types); each is called with one argument.

/** Dispatches the snapshot held in window[key]; returns ms to rendered-and-laid-out and to the next frame. */
const SNAPSHOT_JS = `async ({ key, version }) => {
  const data = { type: 'snapshot', version, view: structuredClone(window[key]), problems: [] };
  const t0 = performance.now();
  window.dispatchEvent(new MessageEvent('message', { data }));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  void document.body.offsetHeight;
  const layout = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { layout, frame: performance.now() - t0 };
}`;

/**
 * Scrolls the map right by 600 px a frame for 40 frames, then down by 300 px a frame for 40 frames; returns
 * every frame interval (ms): the difference between two frames' own timestamps (the argument of the
 * `requestAnimationFrame` callback, the time the frame began), so a frame that misses its refresh shows as a
 * 33 ms interval and the time a promise takes to resume is not counted.
 */
const SCROLL_JS = `async () => {
  const el = document.querySelector('.scroller');
  const gaps = [];
  let last = await new Promise((r) => requestAnimationFrame(r));
  for (let i = 0; i < 80; i++) {
    if (i < 40) el.scrollLeft += 600; else el.scrollTop += 300;
    const now = await new Promise((r) => requestAnimationFrame(r));
    gaps.push(now - last);
    last = now;
  }
  return gaps;
}`;

/** Renders a Mermaid text to SVG and inserts it; returns ms, or -1 when Mermaid fails. */
const MERMAID_JS = `async ({ text, i }) => {
  mermaid.initialize({ startOnLoad: false, maxTextSize: 50000000, maxEdges: 1000000 });
  const host = document.createElement('div');
  document.body.appendChild(host);
  const t0 = performance.now();
  try {
    host.innerHTML = (await mermaid.render('bench' + i, text)).svg;
    void document.body.offsetHeight;
    return performance.now() - t0;
  } catch (e) {
    return -1;
  } finally {
    host.remove();
  }
}`;

function inPage<T>(page: Page, source: string, arg: unknown): Promise<T> {
  return page.evaluate(`(${source})(${JSON.stringify(arg ?? null)})`) as Promise<T>;
}

async function timeSnapshot(page: Page, key: string, version: number): Promise<{ layout: number; frame: number }> {
  return inPage(page, SNAPSHOT_JS, { key, version });
}

/**
 * Frame intervals while scrolling, and from a trace the renderer main thread's CPU time per frame and that of its
 * longest task (a frame whose task takes more than 16.7 ms of CPU misses a frame even on an idle machine).
 */
interface ScrollFrames { median: number; p95: number; max: number; dropped: number; cpuPerFrame: number; longestTaskCpu: number }

/** A frame interval longer than this (1.5 refreshes at 60 Hz) means a refresh went by without a new frame. */
const DROPPED_FRAME_MS = 25;

/**
 * Scrolls under a Chromium trace. The main thread's CPU time (thread time of its top-level tasks) does not grow
 * when other processes take the machine's cores, unlike the frame intervals; both are reported.
 */
async function timeScroll(page: Page): Promise<ScrollFrames> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
  const gaps = (await inPage<number[]>(page, SCROLL_JS, null)).sort((a, b) => a - b);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const tasks = mainThreadTasks(trace.traceEvents);
  return { median: median(gaps), p95: gaps[Math.floor(0.95 * (gaps.length - 1))], max: gaps[gaps.length - 1],
    dropped: gaps.filter((gap) => gap > DROPPED_FRAME_MS).length, cpuPerFrame: tasks.reduce((sum, ms) => sum + ms, 0) / gaps.length, longestTaskCpu: Math.max(0, ...tasks) };
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; tdur?: number; args?: { name?: string } }

/** The CPU time (ms) of each top-level task of the renderer's main thread in a trace. */
function mainThreadTasks(events: TraceEvent[]): number[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main && e.pid === main.pid && e.tid === main.tid)
    .map((e) => (e.tdur ?? 0) / 1000);
}

async function timeMermaid(page: Page, text: string, runs: number): Promise<string> {
  if (!existsSync(MERMAID)) return 'n/a (mermaid not installed)';
  await page.addScriptTag({ path: MERMAID });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = await inPage<number>(page, MERMAID_JS, { text, i });
    if (t < 0) return 'failed';
    times.push(t);
  }
  return `${median(times).toFixed(1)} ms`;
}

async function measure(page: Page, base: string, n: number): Promise<Row> {
  const text = generateMapText(n);
  const view = buildView(analyze(text), `generated-${n}.cjm.yaml`);
  if (!view) throw new Error(`generated map of ${n} did not analyse`);
  await page.goto(base);
  await page.evaluate((views) => Object.assign(globalThis, views),
    { a: view, b0: edited(view, 0), b1: edited(view, 1) });
  const mount = await timeSnapshot(page, 'a', 1);
  const layouts: number[] = [];
  const frames: number[] = [];
  for (let k = 0; k < UPDATES; k++) {
    const t = await timeSnapshot(page, `b${k % 2}`, k + 2);
    layouts.push(t.layout);
    frames.push(t.frame);
  }
  const nodes = await page.evaluate('document.querySelectorAll("*").length') as number;
  const scroll = await timeScroll(page);
  const mermaid = process.env.MERMAID === '0' ? 'skipped' : await timeMermaid(page, exportMermaid(view.map), n >= 1000 ? 1 : 3);
  return { n, kb: Math.round(text.length / 1024), stages: view.map.stages.length, mount: mount.frame,
    update: median(layouts), frame: median(frames), scroll, nodes, mermaid };
}

async function main(): Promise<void> {
  const dir = await buildHarness();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const base = pathToFileURL(resolve(dir, 'dark.html')).href;
    console.log('Map editor render in headless Chromium (1400×900), medians; update = one touchpoint renamed');
    console.log('touchpoints  text KB  stages  DOM nodes  mount→frame ms  update render+layout ms  update→frame ms  scroll frame med/p95/max ms  dropped/80  CPU/frame ms  longest task CPU ms  Mermaid journey');
    for (const n of SIZES) {
      const r = await measure(page, base, n);
      const scroll = `${r.scroll.median.toFixed(1)}/${r.scroll.p95.toFixed(1)}/${r.scroll.max.toFixed(0)}`;
      console.log(`${String(r.n).padStart(11)}  ${String(r.kb).padStart(7)}  ${String(r.stages).padStart(6)}  ${String(r.nodes).padStart(9)}  ` +
        `${r.mount.toFixed(1).padStart(14)}  ${r.update.toFixed(1).padStart(23)}  ${r.frame.toFixed(1).padStart(15)}  ` +
        `${scroll.padStart(27)}  ${String(r.scroll.dropped).padStart(10)}  ${r.scroll.cpuPerFrame.toFixed(1).padStart(12)}  ${r.scroll.longestTaskCpu.toFixed(1).padStart(20)}  ${r.mermaid}`);
      recordFigures({ [`render.mount.${n}`]: r.mount, [`render.update.${n}`]: r.update, [`render.updateToFrame.${n}`]: r.frame,
        [`render.scroll.median.${n}`]: r.scroll.median, [`render.scroll.p95.${n}`]: r.scroll.p95, [`render.scroll.max.${n}`]: r.scroll.max,
        [`render.scroll.cpuPerFrame.${n}`]: r.scroll.cpuPerFrame, [`render.scroll.longestTaskCpu.${n}`]: r.scroll.longestTaskCpu });
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
