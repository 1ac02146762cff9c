#!/usr/bin/env node
// Runs the integration suite (out/integration/index.js, built by `npm run build`) inside a real VS Code
// extension host with @vscode/test-electron's runTests. Here the "VS Code executable" is our launcher,
// which serves the workbench with code-server and drives it with headless Chromium; on a machine with
// a display and network, CJM_USE_DESKTOP_VSCODE=1 lets runTests download and use desktop VS Code instead.
// Set CJM_TEST_GREP to run only the tests whose title matches.
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, ensureInstalled } from './lib/testEnv.mjs';

const suite = join(REPO, 'out', 'integration', 'index.js');
if (!existsSync(suite)) {
  console.error(`${suite} is missing: run \`npm run build\` first.`);
  process.exit(2);
}
const desktop = process.env.CJM_USE_DESKTOP_VSCODE === '1';
if (!desktop) ensureInstalled(); // code-server and Chromium on a fresh machine (quick no-op when cached)
mkdirSync(join(REPO, 'test-results'), { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'cjm-integration-'));
const started = Date.now();
try {
  await runTests({
    ...(desktop ? {} : { vscodeExecutablePath: join(REPO, 'scripts', 'codeServerLauncher.mjs') }),
    extensionDevelopmentPath: REPO,
    extensionTestsPath: suite,
    launchArgs: [join(REPO, 'test', 'fixtures', 'workspace'), `--user-data-dir=${join(profile, 'user-data')}`,
      `--extensions-dir=${join(profile, 'extensions')}`, '--disable-extensions'],
  });
  console.log(`[integration] passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`[integration] failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(profile, { recursive: true, force: true });
}
