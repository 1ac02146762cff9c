#!/usr/bin/env node
// `npm run demo`: builds and packages the extension, installs the .vsix into a private code-server and serves
// a real VS Code with examples/ open at a printed http://127.0.0.1:PORT address. Ctrl+C stops it.
// Options: --port N (default: a free port), --folder DIR (default: examples/), --skip-package (reuse the .vsix),
// --smoke (check instead of serving: the extension activates and an example map opens in the map editor; exit 0).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCodeServer } from './lib/codeServer.mjs';
import { smokeCheck } from './lib/demoSmoke.mjs';
import { REPO, installedTools } from './lib/testEnv.mjs';

const argv = process.argv.slice(2);
const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const folder = resolve(option('--folder') ?? join(REPO, 'examples'));
const port = option('--port') ? Number(option('--port')) : undefined;
const vsix = join(REPO, 'journey-maps.vsix');

execFileSync(process.execPath, [join(REPO, 'scripts', 'setupVscodeServer.mjs')], { stdio: 'inherit' });
if (!argv.includes('--skip-package') || !existsSync(vsix)) {
  execFileSync('npm', ['run', 'package'], { cwd: REPO, stdio: 'inherit' });
}

const tools = installedTools();
const profile = mkdtempSync(join(tmpdir(), 'cjm-demo-'));
const userDataDir = join(profile, 'user-data');
const extensionsDir = join(profile, 'extensions');
mkdirSync(userDataDir, { recursive: true });
console.log('[demo] installing journey-maps.vsix into code-server');
execFileSync(tools.node, [tools.entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
  '--install-extension', vsix], { stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, XDG_CONFIG_HOME: join(profile, 'xdg-config'), XDG_DATA_HOME: join(profile, 'xdg-data') } });

const server = await startCodeServer({ userDataDir, extensionsDir, port, smokeTestDriver: false,
  settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
const stop = () => {
  server.stop();
  rmSync(profile, { recursive: true, force: true });
  console.log('\n[demo] stopped');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const workbenchUrl = `${server.url}/?folder=${encodeURIComponent(folder)}`;
if (argv.includes('--smoke')) {
  const map = join(REPO, 'examples', 'ecommerce-checkout.cjm.yaml');
  try {
    const { stages } = await smokeCheck(workbenchUrl, map);
    console.log(`[demo] smoke check passed: the installed extension is active and the map editor of ${map} shows its ${stages.length} stages`);
    console.log(`[demo] the demo would serve: ${workbenchUrl}`);
  } catch (error) {
    console.error(`[demo] smoke check failed: ${error.message}`);
    process.exitCode = 1;
  }
  server.stop();
  rmSync(profile, { recursive: true, force: true });
  process.exit();
}
console.log(`\n[demo] VS Code with Journey Maps is running. Open:\n\n    ${workbenchUrl}\n`);
console.log('[demo] open a *.cjm.yaml file, then "Journey Map: Open Map Editor to the Side" (editor title button). Ctrl+C stops.');
setInterval(() => {}, 1 << 30);
