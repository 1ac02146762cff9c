// Starts and stops a private code-server (a real VS Code workbench) for tests, the UI walk and the demo.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, installedTools } from './testEnv.mjs';

/** Settings that keep a test workbench quiet and deterministic. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Makes `locale` a display language code-server can run in. `--locale` alone falls back to English unless a language
 * pack for it is installed (there is no network to fetch one): a record of a pack whose translations are empty in
 * `languagepacks.json` makes the server build that language's message file (English texts) and the workbench run in
 * that language, so `vscode.env.language` is `locale` and the extensions speak it.
 */
function declareDisplayLanguage(userDataDir, packDir, locale) {
  const translations = join(packDir, 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = { hash: `journey-maps-test-${locale}`, label: locale, translations: { vscode: translations },
    extensions: [{ extensionIdentifier: { id: `journey-maps-test.language-pack-${locale}` }, version: '0.0.1' }] };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

async function waitHealthy(url, child, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Starts code-server on a free port with its own temp XDG folders.
 * Options: userDataDir, extensionsDir (temp when absent), settings (merged over QUIET_SETTINGS),
 * smokeTestDriver (default true: needed for the test payload), port, log (a function for its output),
 * locale (the display language, e.g. `ru`: see declareDisplayLanguage).
 * Returns { port, url, stop() }.
 */
export async function startCodeServer(options = {}) {
  const tools = installedTools();
  const root = mkdtempSync(join(tmpdir(), 'cjm-code-server-'));
  const dir = (name) => { const d = join(root, name); mkdirSync(d, { recursive: true }); return d; };
  const userDataDir = options.userDataDir ?? dir('user-data');
  const extensionsDir = options.extensionsDir ?? dir('extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  const config = join(root, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const port = options.port ?? (await freePort());
  const args = [tools.entry, '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  if (options.smokeTestDriver !== false) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (options.locale) {
    declareDisplayLanguage(userDataDir, dir('language-pack'), options.locale);
    args.push('--locale', options.locale);
  }
  const env = { ...process.env, XDG_CONFIG_HOME: dir('xdg-config'), XDG_DATA_HOME: dir('xdg-data'),
    XDG_CACHE_HOME: dir('xdg-cache'), TMPDIR: dir('tmp') };
  delete env.NODE_OPTIONS;
  delete env.VSCODE_IPC_HOOK_CLI;
  const child = spawn(tools.node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.log ?? (() => {});
  child.stdout.on('data', (d) => log(d.toString()));
  child.stderr.on('data', (d) => log(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await waitHealthy(`${url}/healthz`, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, url, root, userDataDir, extensionsDir, stop };
}
