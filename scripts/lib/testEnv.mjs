// Where the test tooling lives (outside the repo) and small helpers shared by the test scripts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** code-server release the tests run against (VS Code 1.139 inside). */
export const CODE_SERVER_VERSION = '4.139.1';
/** Major version of the Node that code-server needs. */
export const NODE_MAJOR = '24';
/** The repository root. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Cache folder, keyed by version, reused across runs. */
export const CACHE_DIR = join(
  process.env.JOURNEY_MAPS_TEST_CACHE ?? join(homedir(), '.cache', 'journey-maps-test'),
  `code-server-${CODE_SERVER_VERSION}-node${NODE_MAJOR}`,
);
/** Marker written when the install finished; holds the resolved paths. */
export const MARKER = join(CACHE_DIR, 'installed.json');
/** Debian's Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags that keep a headless run quiet on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Paths of an installed toolchain, or an error telling how to install it. */
export function installedTools() {
  if (!existsSync(MARKER)) {
    throw new Error(`code-server is not installed in ${CACHE_DIR}: run \`node scripts/setupVscodeServer.mjs\` first.`);
  }
  const tools = JSON.parse(readFileSync(MARKER, 'utf8'));
  for (const p of [tools.node, tools.entry, CHROMIUM]) {
    if (!existsSync(p)) throw new Error(`${p} is missing: run \`node scripts/setupVscodeServer.mjs\` again.`);
  }
  return { ...tools, chromium: CHROMIUM };
}

/** Runs scripts/setupVscodeServer.mjs when code-server or Chromium is missing (a fresh machine), then returns the tools. */
export function ensureInstalled() {
  if (!existsSync(MARKER) || !existsSync(CHROMIUM)) {
    execFileSync(process.execPath, [join(REPO, 'scripts', 'setupVscodeServer.mjs')], { stdio: 'inherit' });
  }
  return installedTools();
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}
