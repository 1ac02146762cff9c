/**
 * Insights in the real workbench: the map editor of an example lists the findings the rules give for it, by stage,
 * with the count in the toolbar; a click highlights the card in the map and selects the finding in the text.
 * Screenshot: test-results/insights-panel.png.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { runInsights } from '../../src/core/insights/runInsights';
import { resolveSettings } from '../../src/core/insights/settings';
import { LineLocator } from '../../src/core/lineLocator';
import { pathKey } from '../../src/shared/viewModel';
import { EXAMPLES_WORKSPACE, Workbench } from './workbench';

const FILE = 'saas-onboarding.cjm.yaml';
const TEXT = readFileSync(join(EXAMPLES_WORKSPACE, FILE), 'utf8');

describe('insights in the workbench', function () {
  this.timeout(240_000);
  let workbench: Workbench | undefined;

  before(async () => {
    workbench = await Workbench.start({ workspace: EXAMPLES_WORKSPACE });
    await workbench.openFile(FILE);
    await workbench.waitForExtension();
  });

  after(async () => {
    await workbench?.close();
  });

  it('lists the example\'s findings by stage, and a click reveals the element in the map and the text', async () => {
    const wb = workbench!;
    // examples/ has no cjm.config.yaml: the defaults apply, as in the editor.
    const analysis = analyze(TEXT, { fileName: FILE });
    const findings = runInsights(analysis, resolveSettings(null));
    await wb.openFile(FILE);
    const map = await wb.openMapEditor('.stage__name');
    const button = map.locator('vscode-button', { hasText: `Insights (${findings.length})` });
    await button.waitFor({ timeout: 30_000 });
    await button.click();
    await map.locator('.insights .insight').first().waitFor();
    const stages = analysis.model!.stages;
    const expected = stages.map((stage, i) => `${stage.name} ${findings.filter((f) => f.path?.[1] === i).length}`)
      .filter((line) => !line.endsWith(' 0'));
    assert.deepEqual((await map.locator('.insights__stage').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()), expected);
    assert.deepEqual(await map.locator('.insights .insight__message').allTextContents(), findings.map((f) => f.message));

    const drop = findings.find((f) => f.code === 'emotion-drop')!;
    await map.locator('.insight', { hasText: drop.message }).click();
    await map.locator(`.card.is-highlighted[data-path="${pathKey(drop.path!.slice(0, 4))}"]`).waitFor();
    // The text opens beside the map with the finding's value selected; the status bar shows it once focused.
    await wb.page.locator('.view-overlays .selected-text').first().waitFor();
    await wb.screenshot('insights-panel');
    await wb.runCommand('View: Focus Right Editor Group');
    // The status bar shows where the selection ends: the finding's range ends there.
    const { line, character } = new LineLocator(TEXT).at(drop.offset + drop.length);
    const status = wb.page.locator('[id="status.editor.selection"]');
    await status.filter({ hasText: `Ln ${line + 1}, Col ${character + 1} (${drop.length} selected)` }).waitFor({ timeout: 15_000 })
      .catch(async (error: Error) => { throw new Error(`${error.message}\nstatus bar: ${await status.textContent()}`); });
  });
});
