#!/usr/bin/env node
// Stands in for the VS Code executable in @vscode/test-electron's runTests (`vscodeExecutablePath`):
// takes the same arguments (--extensionDevelopmentPath, --extensionTestsPath, --user-data-dir, --extensions-dir,
// a workspace folder), runs them in code-server + headless Chromium through the smoke-test-driver payload,
// prints the extension host's test output and exits with its exit code.
// Environment: CJM_TEST_TIMEOUT_MS (default 600000), CJM_LAUNCHER_DEBUG=1 (code-server and browser logs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { startCodeServer } from './lib/codeServer.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/testEnv.mjs';

const debug = process.env.CJM_LAUNCHER_DEBUG === '1';
const timeoutMs = Number(process.env.CJM_TEST_TIMEOUT_MS ?? 600_000);

/** Workbench chatter that says nothing about our tests (closed network, connection set-up). */
const NOISE = [/ENOTFOUND open-vsx\.org/, /^Resolv(ing|ed) connection token/, /^Creating a socket/,
  /^\[reconnection-grace-time\]/, /^Updating additional builtin extensions cache/, /^\[Service Worker\]/,
  /^\[AgentHost/, /^\[AccountPolicyGate\]/, /GitHub.*auth|github-authentication/i, /^Started local extension host/];

/** The workbench sends console arguments as a JSON array (format string first); print them as console.log would. */
function formatLog(message) {
  if (Array.isArray(message)) return format(...message);
  if (typeof message !== 'string') return JSON.stringify(message);
  try {
    const args = JSON.parse(message);
    if (Array.isArray(args)) return format(...args);
  } catch {
    // a plain string
  }
  return message;
}

/** Reads `--name=value` / `--name value` options and the positional workspace folder. */
function parseArgs(argv) {
  const opts = { extensionDevelopmentPath: [], positional: [] };
  const valued = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) { opts.positional.push(argv[i]); continue; }
    const [, name, inline] = match;
    if (!valued.has(name)) continue; // --no-sandbox, --disable-updates, ...: meaningless here
    const value = inline ?? argv[++i];
    if (name === 'extensionDevelopmentPath') opts.extensionDevelopmentPath.push(resolve(value));
    else opts[name] = resolve(value);
  }
  return opts;
}

async function runInBrowser(server, opts) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ...opts.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(opts.extensionTestsPath)],
  ];
  const folder = opts.positional[0] ? `folder=${encodeURIComponent(resolve(opts.positional[0]))}&` : '';
  const url = `${server.url}/?${folder}payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const profile = mkdtempSync(join(tmpdir(), 'cjm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let finish;
    const exited = new Promise((r) => { finish = r; });
    await page.exposeFunction('codeAutomationLog', (type, message) => {
      const text = formatLog(message);
      if (!debug && NOISE.some((re) => re.test(text))) return;
      (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    if (debug) page.on('console', (m) => console.error(`[browser ${m.type()}] ${m.text()}`));
    page.on('crash', () => finish(3));
    await page.goto(url);
    const timer = new Promise((r) => setTimeout(() => r('timeout'), timeoutMs).unref());
    const result = await Promise.race([exited, timer]);
    if (result === 'timeout') {
      console.error(`[launcher] tests did not finish within ${timeoutMs} ms`);
      await page.screenshot({ path: join(process.cwd(), 'test-results', 'integration-timeout.png') }).catch(() => {});
      return 4;
    }
    return result;
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.extensionTestsPath || opts.extensionDevelopmentPath.length === 0) {
    console.error('usage: codeServerLauncher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
    return 2;
  }
  const server = await startCodeServer({
    userDataDir: opts['user-data-dir'], extensionsDir: opts['extensions-dir'],
    log: debug ? (t) => process.stderr.write(`[code-server] ${t}`) : undefined,
  });
  const cleanup = () => server.stop();
  process.once('SIGINT', () => { cleanup(); process.exit(130); });
  process.once('SIGTERM', () => { cleanup(); process.exit(143); });
  try {
    return await runInBrowser(server, opts);
  } finally {
    cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => { console.error(`[launcher] ${error.stack ?? error}`); process.exit(1); },
);
