/**
 * Accessibility of the map editor in the real workbench. axe-core (the accessibility engine) checks the map editor's
 * page in the Light, Dark, High Contrast and High Contrast Light themes on two examples: no violation of impact
 * "serious" or "critical"; every run prints its report. Then a walk with the keyboard alone: into the map, to a
 * card, rename it, move it to the next stage and undo, checked in the saved text. Screenshots of the focus ring and
 * of the keyboard shortcuts popover: test-results/a11y-*.png.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { parse } from 'yaml';
import { examplesCopy, THEMES, Workbench, workbenchForSuite } from './workbench';

/** axe-core's browser build, evaluated in the webview (an evaluation is not subject to the page's CSP). */
const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; nodes: { target: unknown[] }[] }

/** What axe found on a page: the violations, and how many texts passed and could not be judged on contrast. */
interface AxeResult { violations: AxeViolation[]; contrastPassed: number; contrastUnknown: number }

/** Runs axe on the webview's page. */
async function runAxe(frame: Frame): Promise<AxeResult> {
  if (!(await frame.evaluate('typeof window.axe === "object"'))) await frame.evaluate(AXE_SOURCE);
  return (await frame.evaluate(`axe.run(document).then((r) => {
    const count = (list) => list.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0;
    return { contrastPassed: count(r.passes), contrastUnknown: count(r.incomplete),
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })) };
  })`)) as AxeResult;
}

/** One line per violated rule: id, impact, how many elements, the first of them. */
function report(violations: AxeViolation[]): string {
  if (violations.length === 0) return 'no violations';
  return violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)}`).join('\n        ');
}

/** The element with the focus in the webview, as "class: text". */
async function focusedItem(frame: Frame): Promise<string> {
  return (await frame.evaluate(`(() => { const e = document.activeElement;
    return e ? (e.getAttribute('class') ?? e.tagName) + ': ' + (e.getAttribute('aria-label') ?? e.textContent.trim().slice(0, 60)) : ''; })()`)) as string;
}

/** The focus ring of the map item that has the keyboard focus, and the theme's focus colour; null when none has it. */
interface FocusRing { item: string; style: string; width: string; color: string; focusBorder: string }

async function focusRing(frame: Frame): Promise<FocusRing | null> {
  return (await frame.evaluate(`(() => {
    const e = document.activeElement;
    if (!e || e.dataset.navLane === undefined || !e.matches(':focus-visible')) return null;
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = 'var(--vscode-focusBorder)';
    const focusBorder = getComputedStyle(probe).color;
    probe.remove();
    const s = getComputedStyle(e);
    return { item: e.getAttribute('aria-label') ?? e.textContent.trim().slice(0, 40), style: s.outlineStyle, width: s.outlineWidth,
      color: s.outlineColor, focusBorder };
  })()`)) as FocusRing | null;
}

describe('map editor accessibility in the workbench', function () {
  this.timeout(600_000);
  const workbench = workbenchForSuite(() => Workbench.startWithMap(workspace, 'ecommerce-checkout.cjm.yaml'));
  const workspace = examplesCopy('cjm-ui-a11y-');
  const file = join(workspace, 'ecommerce-checkout.cjm.yaml');
  const original = readFileSync(file, 'utf8');


  it('with the keyboard alone: reaches a card, renames it, moves it to the next stage, undoes the move', async () => {
    const wb = workbench();
    await wb.openFile('ecommerce-checkout.cjm.yaml');
    const frame = await wb.openMapEditor('.card__name');
    const keys = wb.page.keyboard;
    // Tab from the toolbar: the map is one Tab stop, entered at its first stage.
    let at = '';
    for (let tabs = 0; tabs < 30 && !/^stage\b/.test(at); tabs++) {
      await keys.press('Tab');
      at = await focusedItem(frame);
    }
    assert.match(at, /^stage\b.*Discover/, `Tab reached ${at}`);
    // Down the first stage's column, lane by lane (goal, actions, the emotion curve…), to its first card.
    for (let downs = 0; downs < 20 && !/^card\b/.test(at); downs++) {
      await keys.press('PageDown');
      at = await focusedItem(frame);
    }
    assert.equal(at, 'card: Stage Discover, lane Touchpoints, card Carousel ad, channel Instagram ads, emotion +1');
    await wb.screenshot('a11y-focus-ring');
    await keys.press('Enter');
    await frame.locator('input.rename').waitFor();
    await keys.type('Carousel ad, autumn');
    await keys.press('Enter');
    // The live region says so once the host has applied the edit; then Ctrl+S saves it.
    await frame.locator('[role="status"]', { hasText: 'Renamed to “Carousel ad, autumn”.' }).waitFor({ timeout: 15_000 });
    const renamed = original.replace('        name: Carousel ad\n', '        name: Carousel ad, autumn\n');
    assert.notEqual(renamed, original);
    await savedText(wb, file, (text) => text === renamed);
    assert.equal(readFileSync(file, 'utf8'), renamed);
    assert.match(await focusedItem(frame), /^card: Stage Discover, lane Touchpoints, card Carousel ad, autumn,/);
    await keys.press('Alt+ArrowRight');
    await frame.locator('[role="status"]', { hasText: 'Touchpoint “Carousel ad, autumn” moved to Choose.' }).waitFor({ timeout: 15_000 });
    await savedText(wb, file, (text) => text !== renamed);
    const ids = (text: string, stage: number) => (parse(text).stages[stage].touchpoints as { id: string }[]).map((tp) => tp.id);
    const movedText = readFileSync(file, 'utf8');
    assert.deepEqual(ids(movedText, 0), ['landing-page']);
    assert.deepEqual(ids(movedText, 1), ['carousel-ad', ...ids(original, 1)]);
    await keys.press('Control+z');
    await frame.locator('[role="status"]', { hasText: /^Undone\.$/ }).waitFor({ timeout: 15_000 });
    await savedText(wb, file, (text) => text === renamed);
    assert.equal(readFileSync(file, 'utf8'), renamed, 'the move undone, exactly');
  });

  it('shows a focus ring in the theme’s focus colour in all four themes (screenshots)', async () => {
    const wb = workbench();
    const frame = await wb.webviewFrame('.card__name');
    for (const [name, theme] of Object.entries(THEMES)) {
      await wb.setTheme(theme);
      await wb.waitForWebviewTheme(frame);
      // The theme picker took the focus; Tab comes back into the map at its one stop.
      let ring: FocusRing | null = null;
      for (let tabs = 0; tabs < 30 && !ring; tabs++) {
        await wb.page.keyboard.press('Tab');
        ring = await focusRing(frame);
      }
      assert.ok(ring, `${name}: Tab reached an item of the map`);
      console.log(`      ${name}: ${JSON.stringify(ring)}`);
      assert.equal(ring.style, 'solid', `${name}: ${ring.item}`);
      assert.equal(ring.width, '2px');
      assert.equal(ring.color, ring.focusBorder, `${name}: the ring is the theme's focus colour`);
      await wb.screenshot(`a11y-focus-ring-${name}`);
    }
    await wb.setTheme(THEMES.light);
  });

  it('axe finds no serious or critical violation in four themes on two examples (report printed)', async () => {
    const wb = workbench();
    const failures: string[] = [];
    for (const example of ['bank-omnichannel.cjm.yaml', 'saas-onboarding.cjm.yaml']) {
      await wb.openFile(example);
      const frame = await wb.openMapEditor('.card__name');
      for (const [name, theme] of Object.entries(THEMES)) {
        await wb.setTheme(theme);
        await wb.waitForWebviewTheme(frame);
        const { violations, contrastPassed, contrastUnknown } = await runAxe(frame);
        console.log(`      ${example}, ${name}: ${report(violations)}; contrast ≥ 4.5:1 for ${contrastPassed} texts, ${contrastUnknown} not judged`);
        const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        if (grave.length) failures.push(`${example}, ${name}: ${report(grave)}`);
      }
      await wb.setTheme(THEMES.light);
      await wb.waitForWebviewTheme(frame);
      // The panels the toolbar opens: insights and keyboard shortcuts.
      await frame.locator('.toolbar vscode-button', { hasText: 'Insights' }).click();
      await frame.locator('.toolbar vscode-button[aria-label="Keyboard shortcuts"]').click();
      await frame.locator('[role="dialog"]').waitFor();
      const { violations } = await runAxe(frame);
      console.log(`      ${example}, light, insights and shortcuts open: ${report(violations)}`);
      const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (grave.length) failures.push(`${example}, panels open: ${report(grave)}`);
      await wb.page.keyboard.press('Escape');
      await frame.locator('.toolbar vscode-button', { hasText: 'Insights' }).click();
    }
    assert.deepEqual(failures, []);
  });

  it('shows the keyboard shortcuts in a popover that Escape closes (screenshot)', async () => {
    const wb = workbench();
    const frame = await wb.webviewFrame('.toolbar');
    const button = frame.locator('.toolbar vscode-button[aria-label="Keyboard shortcuts"]');
    await button.focus();
    await wb.page.keyboard.press('Enter');
    const dialog = frame.locator('[role="dialog"]');
    await dialog.waitFor();
    assert.equal(await dialog.locator('h2').textContent(), 'Keyboard shortcuts');
    await wb.screenshot('a11y-shortcuts');
    await wb.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await frame.evaluate('document.activeElement?.getAttribute("aria-label")'), 'Keyboard shortcuts');
  });
});

/** Presses Ctrl+S (in the map editor, which keeps the focus) and waits (up to 15 s) until the file on disk passes `done`. */
async function savedText(wb: Workbench, file: string, done: (text: string) => boolean): Promise<void> {
  await wb.page.keyboard.press('Control+s');
  const end = Date.now() + 15_000;
  while (!done(readFileSync(file, 'utf8')) && Date.now() < end) await wb.page.waitForTimeout(200);
}
