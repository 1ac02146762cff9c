/**
 * Where a scroll frame's time goes: `npx tsx bench/scrollTrace.ts [touchpoints]`. Mounts the map editor with a
 * generated map in headless Chromium, scrolls it as bench/renderBench.ts does under a Chromium trace, and prints the
 * main thread's self time by trace event name, in all and in the long tasks (over 16.7 ms). Figures only.
 * `CSS='…'` adds style rules first, to try a change without a rebuild; `TASKS=1` lists each long task's main events.
 * `CPU_MS=6` also lists the tasks that took more than 6 ms of CPU.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/core/analyze';
import { buildView } from '../src/core/buildView';
import { buildHarness, launchChromium } from '../test/webview/harness';
import { generateMapText } from './generateMap';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

const SCROLL_JS = `async () => {
  const el = document.querySelector('.scroller');
  await new Promise((r) => requestAnimationFrame(r));
  const gaps = [];
  let last = performance.now();
  for (let i = 0; i < 80; i++) {
    if (i < 40) el.scrollLeft += 600; else el.scrollTop += 300;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now(); gaps.push(now - last); last = now;
  }
  return gaps;
}`;

/** Self time (ms) by event name of the complete events nested in `events` (one thread, sorted by start). */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const pop = () => {
    const top = stack.pop()!;
    out.set(top.e.name, (out.get(top.e.name) ?? 0) + ((top.e.dur ?? 0) - top.child) / 1000);
    if (stack.length) stack[stack.length - 1].child += top.e.dur ?? 0;
  };
  for (const e of events) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) pop();
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  while (stack.length) pop();
  return out;
}

function print(title: string, times: Map<string, number>, frames: number): void {
  const rows = [...times].filter(([, ms]) => ms / frames >= 0.05).sort((a, b) => b[1] - a[1]);
  console.log(`${title}`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(36)} ${(ms / frames).toFixed(2).padStart(7)} ms/frame  ${ms.toFixed(1).padStart(8)} ms`);
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 5000);
  const view = buildView(analyze(generateMapText(n)), `generated-${n}.cjm.yaml`);
  const dir = await buildHarness();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(pathToFileURL(resolve(dir, 'dark.html')).href);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'snapshot', version: 1, view, problems: [] })}, '*')`);
    await page.waitForSelector('.card');
    if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS }); // an experiment's extra rules
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)))');
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'blink'] });
    const gaps = await page.evaluate(`(${SCROLL_JS})()`) as number[];
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')!;
    const mine = trace.traceEvents.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const tasks = mine.filter((e) => e.name === 'RunTask');
    const long = tasks.filter((e) => (e.dur ?? 0) > 16700 || (e.tdur ?? 0) > Number(process.env.CPU_MS ?? 1e9) * 1000);
    const inLong = mine.filter((e) => long.some((t) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)));
    const sorted = [...gaps].sort((a, b) => a - b);
    console.log(`${n} touchpoints, ${gaps.length} frames: med ${sorted[40].toFixed(1)} p95 ${sorted[75].toFixed(1)} max ${sorted[79].toFixed(0)} ms; ` +
      `DOM nodes ${await page.evaluate('document.querySelectorAll("*").length')}`);
    const cpu = tasks.map((t) => (t.tdur ?? 0) / 1000);
    console.log(`main-thread CPU per frame ${(cpu.reduce((a, b) => a + b, 0) / gaps.length).toFixed(1)} ms, longest task ${Math.max(0, ...cpu).toFixed(1)} ms`);
    console.log(`long tasks (> 16.7 ms): ${long.length}, wall ${long.map((t) => ((t.dur ?? 0) / 1000).toFixed(0)).join(' ')}`);
    if (process.env.TASKS) {
      for (const task of long) {
        const inside = mine.filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
        const top = [...selfTimes(inside)].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
        const kinds = ['FireIdleCallback', 'FireAnimationFrame', 'TimerFire'].filter((k) => inside.some((e) => e.name === k));
        console.log(`  task ${((task.dur ?? 0) / 1000).toFixed(1)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(1)}) [${kinds.join(' ')}]: ${top}`);
      }
    }
    print(`self time by event, all ${gaps.length} frames:`, selfTimes(mine), gaps.length);
    print(`self time by event, in the ${long.length} long tasks (per long task):`, selfTimes(inLong), Math.max(1, long.length));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
