#!/usr/bin/env node
// Runs every test/ui/**/*.ui.ts (Playwright walks through the real workbench, see test/ui/workbench.ts) with
// mocha, one file after another. Screenshots land in test-results/. Needs `npm run build`; installs code-server on first use.
// Extra arguments go to mocha, e.g. `npm run test:ui -- --grep hover`.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'glob';
import { REPO, ensureInstalled } from './lib/testEnv.mjs';

ensureInstalled(); // installs code-server and Chromium on a fresh machine (quick no-op when cached)
const files = globSync('test/ui/**/*.ui.ts', { cwd: REPO, posix: true }).sort();
if (files.length === 0) {
  console.error('no test/ui/**/*.ui.ts files');
  process.exit(1);
}
mkdirSync(join(REPO, 'test-results'), { recursive: true });
const mocha = join(REPO, 'node_modules', 'mocha', 'bin', 'mocha.js');
const result = spawnSync(process.execPath,
  [mocha, '--import=tsx', '--ui', 'bdd', '--timeout', '180000', '--reporter', 'spec', ...process.argv.slice(2), ...files],
  { cwd: REPO, stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
process.exit(result.status ?? 1);
