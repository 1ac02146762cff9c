/**
 * A local page for the map editor webview outside VS Code: bundles webview/main.tsx with esbuild into a temp
 * folder, with theme variables like VS Code's and a fake acquireVsCodeApi that records what the app posts.
 * Used by bench/renderBench.ts, test/webview/preview.ts (screenshots) and the Chromium suites of test/webview.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Theme variables (a subset of what VS Code injects) for the three kinds of theme. */
export const THEMES: Record<'light' | 'dark' | 'hc', Record<string, string>> = {
  light: {
    'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', 'descriptionForeground': '#717171',
    'focusBorder': '#005fb8', 'editorWidget-background': '#f8f8f8', 'widget-border': '#e5e5e5',
    'editorGroup-border': '#e5e5e5', 'sideBarSectionHeader-background': '#f8f8f8', 'badge-background': '#cccccc',
    'badge-foreground': '#3b3b3b', 'textBlockQuote-background': '#f2f2f2', 'charts-blue': '#1a85ff',
    'charts-orange': '#d18616', 'charts-green': '#388a34', 'charts-purple': '#652d90', 'charts-red': '#e51400',
    'charts-yellow': '#bf8803', 'input-background': '#ffffff', 'input-foreground': '#3b3b3b',
    'textLink-foreground': '#005fb8', 'inputValidation-errorBackground': '#f2dede',
    'inputValidation-errorBorder': '#be1100', 'progressBar-background': '#005fb8',
    'editor-findMatchHighlightBackground': 'rgba(234, 92, 0, 0.33)', 'editorInfo-foreground': '#1a85ff',
    'notifications-background': '#ffffff', 'font-family': 'system-ui, sans-serif', 'font-size': '13px',
  },
  dark: {
    'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'descriptionForeground': '#9d9d9d',
    'focusBorder': '#0078d4', 'editorWidget-background': '#202020', 'widget-border': '#313131',
    'editorGroup-border': '#2b2b2b', 'sideBarSectionHeader-background': '#181818', 'badge-background': '#616161',
    'badge-foreground': '#f8f8f8', 'textBlockQuote-background': '#2b2b2b', 'charts-blue': '#3794ff',
    'charts-orange': '#d18616', 'charts-green': '#89d185', 'charts-purple': '#b180d7', 'charts-red': '#f14c4c',
    'charts-yellow': '#cca700', 'input-background': '#313131', 'input-foreground': '#cccccc',
    'textLink-foreground': '#4daafc', 'inputValidation-errorBackground': '#5a1d1d',
    'inputValidation-errorBorder': '#be1100', 'progressBar-background': '#0078d4',
    'editor-findMatchHighlightBackground': 'rgba(234, 92, 0, 0.33)', 'editorInfo-foreground': '#3794ff',
    'notifications-background': '#1f1f1f', 'font-family': 'system-ui, sans-serif', 'font-size': '13px',
  },
  hc: {
    'editor-background': '#000000', 'editor-foreground': '#ffffff', 'descriptionForeground': '#ffffff',
    'focusBorder': '#f38518', 'contrastBorder': '#6fc3df', 'editorWidget-background': '#0c141f',
    'widget-border': '#6fc3df', 'editorGroup-border': '#6fc3df', 'sideBarSectionHeader-background': '#000000',
    'badge-background': '#000000', 'badge-foreground': '#ffffff', 'charts-blue': '#3794ff', 'charts-orange': '#d18616',
    'charts-green': '#89d185', 'charts-purple': '#b180d7', 'charts-red': '#f48771', 'charts-yellow': '#ffd700',
    'input-background': '#000000', 'input-foreground': '#ffffff', 'textLink-foreground': '#21a6ff',
    'inputValidation-errorBackground': '#000000', 'inputValidation-errorBorder': '#f48771',
    'progressBar-background': '#6fc3df', 'editorInfo-foreground': '#3794ff', 'notifications-background': '#000000',
    'font-family': 'system-ui, sans-serif', 'font-size': '13px',
  },
};

/** Bundles the webview into a temp folder with an index.html per theme; returns the folder. */
export async function buildHarness(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cjm-webview-'));
  const root = resolve(__dirname, '../..');
  await build({
    entryPoints: [join(root, 'webview/main.tsx')], bundle: true, outdir: dir, entryNames: 'main', format: 'iife',
    tsconfig: join(root, 'webview/tsconfig.json'), loader: { '.ttf': 'file' }, assetNames: '[name]', logLevel: 'error',
  });
  const fake = `window.__posted = []; window.__state = undefined;
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m),
      getState: () => window.__state, setState: (s) => { window.__state = s; } });`;
  writeFileSync(join(dir, 'fake.js'), fake);
  for (const [name, vars] of Object.entries(THEMES)) {
    const css = `:root { ${Object.entries(vars).map(([k, v]) => `--vscode-${k}: ${v};`).join(' ')} }`;
    writeFileSync(join(dir, `${name}.css`), css);
    writeFileSync(join(dir, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <link rel="stylesheet" href="${name}.css"><link rel="stylesheet" href="main.css"></head>
      <body class="vscode-${name === 'hc' ? 'high-contrast' : name}"><div id="root"></div>
      <script src="fake.js"></script><script src="main.js"></script></body></html>`);
  }
  return dir;
}

/** Headless Chromium as TESTING.md launches it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** How a suite's pages are made ready: before the page's own scripts run (`beforeLoad`), and after it loaded. */
export interface PageSetUp {
  beforeLoad?: (page: Page) => Promise<void>;
  afterLoad?: (page: Page) => Promise<void>;
}

/**
 * Registers the mocha hooks of a Chromium suite: one browser for the suite, and for each test a fresh 1200×800 page
 * of the dark harness, closed after it. Returns the current test's page.
 */
export function pagePerTest(setUp: PageSetUp = {}): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let url = '';
  before(async () => {
    url = pathToFileURL(resolve(await buildHarness(), 'dark.html')).href;
    browser = await launchChromium();
  });
  after(async () => browser?.close());
  beforeEach(async () => {
    page = await browser!.newPage({ viewport: { width: 1200, height: 800 } });
    await setUp.beforeLoad?.(page);
    await page.goto(url);
    await setUp.afterLoad?.(page);
  });
  afterEach(async () => page?.close());
  return () => page!;
}
