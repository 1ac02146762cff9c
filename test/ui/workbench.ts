/**
 * A real VS Code workbench for UI tests: code-server with this repo loaded as a development extension,
 * driven by Playwright in headless Chromium. Used by every test/ui/*.ui.ts (run with `npm run test:ui`).
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
// Plain ESM helpers shared with the scripts (code-server start-up, tool paths).
import { startCodeServer } from '../../scripts/lib/codeServer.mjs';
import { CHROMIUM, CHROMIUM_ARGS, REPO } from '../../scripts/lib/testEnv.mjs';

/** Where screenshots go (ignored by git). */
export const RESULTS_DIR = join(REPO, 'test-results');
/** The workspace most UI tests open. */
export const FIXTURE_WORKSPACE = join(REPO, 'test', 'fixtures', 'workspace');
/** The examples shipped with the repo. */
export const EXAMPLES_WORKSPACE = join(REPO, 'examples');

/** Built-in colour themes by the kind the map editor must support (labels as the theme picker shows them). */
export const THEMES = {
  light: 'Light Modern',
  dark: 'Dark Modern',
  highContrast: 'Dark High Contrast',
  highContrastLight: 'Light High Contrast',
} as const;

/** A fresh copy of examples/ in a temporary folder (a test may change its files); `prefix` names the folder. */
export function examplesCopy(prefix: string): string {
  const workspace = mkdtempSync(join(tmpdir(), prefix));
  cpSync(EXAMPLES_WORKSPACE, workspace, { recursive: true });
  return workspace;
}

/**
 * Registers the mocha hooks of a suite that shares one workbench: `start` makes it before the first test, and it is
 * closed after the last. Returns the suite's workbench.
 */
export function workbenchForSuite(start: () => Promise<Workbench>): () => Workbench {
  let workbench: Workbench | undefined;
  before(async () => {
    workbench = await start();
  });
  after(async () => {
    await workbench?.close();
  });
  return () => workbench!;
}

/** Options of {@link Workbench.start}. */
export interface WorkbenchOptions {
  /** Folder to open; default: test/fixtures/workspace. */
  workspace?: string;
  /** User settings on top of the quiet defaults. */
  settings?: Record<string, unknown>;
  /** The workbench's display language (code-server's --locale), e.g. `ru`; default English. */
  locale?: string;
  /** Browser viewport; default 1400×900. */
  viewport?: { width: number; height: number };
}

interface Server { port: number; url: string; userDataDir: string; stop(): void }

/** A running code-server + Chromium page with the extension under development loaded. */
export class Workbench {
  private constructor(
    private readonly server: Server,
    private readonly context: BrowserContext,
    /** The workbench page. */
    readonly page: Page,
  ) {}

  /** Starts the workbench on `workspace`, opens `mapFile` there and waits until the extension is active. */
  static async startWithMap(workspace: string, mapFile: string, options: Omit<WorkbenchOptions, 'workspace'> = {}): Promise<Workbench> {
    const workbench = await Workbench.start({ ...options, workspace });
    await workbench.openFile(mapFile);
    await workbench.waitForExtension();
    return workbench;
  }

  /** Starts code-server on a free port, opens the folder with the extension loaded, waits for the workbench. */
  static async start(options: WorkbenchOptions = {}): Promise<Workbench> {
    const settings = { 'workbench.colorTheme': THEMES.light, 'window.commandCenter': false, ...options.settings };
    const server: Server = await startCodeServer({ settings, locale: options.locale });
    try {
      const context = await chromium.launchPersistentContext(join(server.userDataDir, '..', 'chromium'), {
        executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
        viewport: options.viewport ?? { width: 1400, height: 900 },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      const workbench = new Workbench(server, context, page);
      await page.goto(workbench.url(resolve(options.workspace ?? FIXTURE_WORKSPACE)));
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.statusbar').waitFor({ timeout: 60_000 });
      return workbench;
    } catch (error) {
      server.stop();
      throw error;
    }
  }

  private url(folder: string): string {
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${this.server.port}${REPO}`]];
    return `${this.server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }

  /** Runs a command from the command palette by its title, e.g. "Journey Map: Open Map Editor". */
  async runCommand(title: string): Promise<void> {
    const input = await this.openQuickInput();
    await input.fill(`>${title}`);
    // Click the row titled exactly `title`: the first row may be a recently used command that merely
    // contains the words ("Close All Editors" for "Close Editor").
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = this.page.locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exact }) }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /**
   * Opens the command palette and returns its input. Keys pressed while a webview has the focus stay in its
   * iframe, so the focus goes back to the workbench first.
   */
  private async openQuickInput(): Promise<Locator> {
    const input = this.page.locator('.quick-input-widget input');
    for (let attempt = 0; ; attempt++) {
      // A string, as the host tsconfig has no DOM types.
      await this.page.evaluate("document.activeElement?.tagName === 'IFRAME' && document.activeElement.blur()");
      await this.page.keyboard.press(attempt % 2 === 0 ? 'F1' : 'Control+Shift+P');
      try {
        await input.waitFor({ timeout: 5_000 });
        return input;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }

  /**
   * Waits until the extension has activated in the extension host, read off "Developer: Show Running
   * Extensions" (a map opened before that would show in the plain text editor only).
   */
  async waitForExtension(timeoutMs = 60_000): Promise<void> {
    await this.runCommand('Developer: Show Running Extensions');
    const rows = this.page.locator('.runtime-extensions-editor .monaco-list-row');
    await rows.first().waitFor();
    const ours = rows.filter({ hasText: 'journey-maps' }).filter({ hasText: /Activation/ });
    const end = Date.now() + timeoutMs;
    // The list is virtual (only visible rows exist) and sorted by activation time: page through all of it.
    await this.page.locator('.runtime-extensions-editor .monaco-list').first().focus();
    const found = async () => {
      for (const key of ['Home', 'PageDown', 'PageDown', 'PageDown', 'End']) {
        await this.page.keyboard.press(key);
        await this.page.waitForTimeout(50);
        if (await ours.count()) return true;
      }
      return false;
    };
    for (;;) {
      if (await found()) break;
      if (Date.now() > end) {
        const shot = await this.screenshot('wait-for-extension-failure');
        throw new Error(`the extension did not activate (see ${shot})`);
      }
      await this.page.waitForTimeout(500);
    }
    await this.closeActiveEditor();
  }

  /** Closes the active editor (a modal editor too) through the workbench's own command. */
  async closeActiveEditor(): Promise<void> {
    const modal = this.page.locator('.monaco-modal-editor-block');
    if (await modal.count()) {
      await this.page.keyboard.press('Escape');
      await modal.waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
      if (!(await modal.count())) return;
    }
    await this.page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, trial: true }).catch(() => undefined);
    await this.runCommand('View: Close Editor');
  }

  /** Opens a file of the workspace in the text editor through Quick Open. */
  async openFile(relativePath: string): Promise<void> {
    const name = relativePath.split('/').pop() ?? relativePath;
    const input = await this.openQuickInput();
    await input.fill(relativePath);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
    await input.press('Enter');
    await this.page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor();
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  /**
   * Rests the mouse on the first token `word` of the text editor and returns the hover once it shows `shows`. The text
   * layer intercepts locator.hover(), so the mouse itself moves there, twice, one pixel apart.
   */
  async hoverOverWord(word: string, shows: string): Promise<Locator> {
    const token = this.page.locator('.editor-instance .view-lines .view-line span span', { hasText: new RegExp(`^${word}$`) }).first();
    await token.waitFor();
    const box = await token.boundingBox();
    if (!box) throw new Error(`${word} is not on screen`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: shows });
    await hover.waitFor({ timeout: 15_000 });
    return hover;
  }

  /** Opens the map editor of the active map through the command palette and waits for `readySelector` in it. */
  async openMapEditor(readySelector = 'body *', toSide = false): Promise<Frame> {
    await this.runCommand(toSide ? 'Journey Map: Open Map Editor to the Side' : 'Journey Map: Open Map Editor');
    return this.webviewFrame(readySelector);
  }

  /**
   * The webview content frame that holds `selector`, waiting for it to appear. A webview is an iframe
   * (VS Code's host page) holding another iframe (the extension's page); only the inner ones are searched.
   * The bound is generous: on a busy 2-core machine a new webview has been seen to take over 30 s to render.
   */
  async webviewFrame(selector: string, timeoutMs = 60_000): Promise<Frame> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      for (const frame of this.page.frames()) {
        const parent = frame.parentFrame();
        if (!parent || parent === this.page.mainFrame()) continue;
        if (await frame.$(selector).catch(() => null)) return frame;
      }
      await this.page.waitForTimeout(250);
    }
    throw new Error(`no webview frame holds ${selector} after ${timeoutMs} ms. ${await this.describeState('webview-frame-failure')}`);
  }

  /**
   * What the workbench shows, for a failure message: the editor tabs, the notifications, the text of each
   * webview frame, and a screenshot's path (so a failure seen once in CI can be explained afterwards).
   */
  private async describeState(shotName: string): Promise<string> {
    const texts = async (selector: string) => (await this.page.locator(selector).allInnerTexts().catch(() => [])).map((s) => s.trim());
    const frames: string[] = [];
    for (const frame of this.page.frames()) {
      const parent = frame.parentFrame();
      if (!parent || parent === this.page.mainFrame()) continue;
      const body = await frame.evaluate('document.body ? document.body.innerText : "(no body)"').catch((error: unknown) => `(${String(error)})`);
      frames.push(JSON.stringify(String(body).slice(0, 200)));
    }
    const shot = await this.screenshot(shotName).catch((error: unknown) => `(no screenshot: ${String(error)})`);
    return `Tabs: ${JSON.stringify(await texts('.tabs-container .tab'))}; notifications: ${JSON.stringify(await texts('.notification-toast'))}; dialogs: ${JSON.stringify(await texts('.monaco-dialog-box'))}; `
      + `webview frames: [${frames.join(', ')}]; screenshot: ${shot}`;
  }

  /** Switches the colour theme with "Preferences: Color Theme", as a user does, and waits for the workbench to repaint. */
  async setTheme(label: string): Promise<void> {
    const input = await this.openQuickInput();
    await input.fill('>Preferences: Color Theme');
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: /Preferences: Color Theme(?!s)/ })
      .first().click();
    // Type into the theme picker only once it has replaced the command palette.
    await this.page.locator('.quick-input-widget input[placeholder*="Color Theme"]').waitFor();
    await input.fill(label);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    await row.waitFor();
    await row.click();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const kind = /light high contrast/i.test(label) ? 'hc-light' : /high contrast/i.test(label) ? 'hc-black'
      : /light/i.test(label) ? 'vs' : 'vs-dark';
    await this.page.locator(`.monaco-workbench.${kind}`).waitFor({ timeout: 15_000 });
    // Webviews get the new theme variables a moment later: callers wait for that in the webview they look at.
  }

  /** Waits until a webview's page has the theme the workbench now shows (webviews get new variables a moment later). */
  async waitForWebviewTheme(webview: Frame): Promise<void> {
    const variable = `getComputedStyle(document.querySelector('.monaco-workbench') ?? document.documentElement).getPropertyValue('--vscode-editor-background').trim().toLowerCase()`;
    const wanted = (await this.page.evaluate(variable)) as string;
    await webview.waitForFunction(`${variable} === ${JSON.stringify(wanted)}`, undefined, { timeout: 15_000 });
  }

  /** Saves a PNG of the whole page under test-results/ and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes the browser and stops code-server. */
  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    this.server.stop();
  }
}
