// `npm run demo -- --smoke`: drives the served workbench in headless Chromium as a first-time user would —
// open an example map, run "Journey Map: Open Map Editor" — and checks that the installed extension is
// active and the map editor shows the map's stages. Throws with a screenshot path when anything is missing.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { CHROMIUM, CHROMIUM_ARGS, REPO } from './testEnv.mjs';

const TIMEOUT_MS = 60_000;

/** Stage names of a map file, read with the same YAML library the extension uses. */
function stageNames(mapFile) {
  const data = parse(readFileSync(mapFile, 'utf8'));
  return (data.stages ?? []).map((stage) => String(stage.name));
}

/** The inner webview frame (a webview is an iframe holding the extension's iframe) whose body holds `text`. */
async function frameWithText(page, text) {
  const end = Date.now() + TIMEOUT_MS;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      const parent = frame.parentFrame();
      if (!parent || parent === page.mainFrame()) continue;
      // A string, so that lint (Node globals only) does not see a browser global.
      const body = await frame.evaluate("document.body?.innerText ?? ''").catch(() => '');
      if (body.includes(text)) return { frame, body };
    }
    await page.waitForTimeout(250);
  }
  return undefined;
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT_MS });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${title}$`) }) }).first();
  await row.waitFor({ timeout: TIMEOUT_MS });
  await row.click();
}

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT_MS });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: TIMEOUT_MS });
  await input.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout: TIMEOUT_MS });
  // The command palette lists "Open Map Editor" only for a journey map's text editor: wait until the workbench,
  // which reads the installed extensions in the background, shows this file's language as a journey map.
  await page.locator('[id="status.editor.mode"]', { hasText: 'Journey Map' }).waitFor({ timeout: TIMEOUT_MS });
}

/** Checks the workbench at `workbenchUrl` (a folder holding `mapFile`); resolves with what it saw. */
export async function smokeCheck(workbenchUrl, mapFile) {
  const stages = stageNames(mapFile);
  if (stages.length === 0) throw new Error(`${mapFile} has no stages to look for`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(workbenchUrl);
    await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT_MS });
    await page.locator('.statusbar').waitFor({ timeout: TIMEOUT_MS });
    await openFile(page, basename(mapFile));
    await runCommand(page, 'Journey Map: Open Map Editor');
    const found = await frameWithText(page, stages[0]);
    const missing = found ? stages.filter((name) => !found.body.includes(name)) : stages;
    if (missing.length > 0) {
      const shot = join(REPO, 'test-results', 'demo-smoke-failure.png');
      mkdirSync(join(REPO, 'test-results'), { recursive: true });
      await page.screenshot({ path: shot });
      throw new Error(`the map editor of ${basename(mapFile)} does not show the stages ${missing.map((s) => `"${s}"`).join(', ')} (screenshot: ${shot})`);
    }
    return { stages };
  } finally {
    await browser.close();
  }
}
