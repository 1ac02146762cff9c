/**
 * The map editor in the real workbench started in Russian (code-server `--locale ru`): the webview gets the
 * language from the host's `<html lang>`, and its toolbar, lanes, counts and percentages are Russian.
 * Screenshot: test-results/map-editor-ru.png.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesCopy, FIXTURE_WORKSPACE, Workbench } from './workbench';

/** The Russian title of one of our commands, as the manifest's Russian strings give it. */
function russianCommandTitle(key: string): string {
  const nls = JSON.parse(readFileSync('package.nls.ru.json', 'utf8')) as Record<string, string>;
  return `${nls['command.category']}: ${nls[key]}`;
}

describe('map editor in a workbench started in Russian', function () {
  this.timeout(240_000);
  let workbench: Workbench | undefined;

  before(async () => {
    const workspace = examplesCopy('cjm-ui-ru-');
    // A map with one of each fixable problem, beside the examples.
    copyFileSync(join(FIXTURE_WORKSPACE, 'lang-broken.cjm.yaml'), join(workspace, 'broken.cjm.yaml'));
    workbench = await Workbench.startWithMap(workspace, 'bank-omnichannel.cjm.yaml', { locale: 'ru' });
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the toolbar, lanes, stage counts and percentages in Russian (screenshot map-editor-ru.png)', async () => {
    const wb = workbench!;
    await wb.runCommand(russianCommandTitle('command.openMapEditor'));
    const map = await wb.webviewFrame('.toolbar vscode-button');
    await map.locator('.card__name').first().waitFor();
    assert.equal(await map.evaluate('document.documentElement.lang'), 'ru');
    const texts = async (selector: string) => (await map.locator(selector).allTextContents()).map((s) => s.trim());
    const buttons = await texts('.toolbar vscode-button');
    assert.deepEqual([buttons[0], buttons[1], buttons[3]], ['Дорожки', 'Сравнить с…', 'Экспорт']);
    assert.match(buttons[2], /^Инсайты \(\d+\)$/);
    assert.equal(await map.locator('.toolbar').getAttribute('aria-label'), 'Вид карты');
    assert.deepEqual(await texts('.control__label'), ['Персона', 'Канал']);
    assert.deepEqual(await texts('.lane__title'), ['Каналы', 'Точки контакта', 'Действия', 'Метрики', 'Персоны', 'Цели', 'Мысли',
      'Эмоции', 'Боли', 'Возможности', 'Закулисье', 'Риски и комплаенс']); // the last: the map's own custom lane
    assert.equal((await texts('.stage__count'))[0], '2 точки контакта');
    assert.ok((await texts('.metric__conv')).includes('59,6\u00a0% от предыдущего этапа'), (await texts('.metric__conv')).join('|'));
    await wb.screenshot('map-editor-ru');
  });

  it('shows a touchpoint\'s hover card and a problem in Russian (screenshot hover-problem-ru.png)', async () => {
    const wb = workbench!;
    await wb.openFile('broken.cjm.yaml');
    const card = await (await wb.hoverOverWord('home', 'Точка контакта')).innerText();
    for (const expected of ['Точка контакта home', 'Этап: Visit (visit)', 'Канал: wbe']) {
      assert.ok(card.includes(expected), `the hover shows "${expected}":\n${card}`);
    }
    const problem = await (await wb.hoverOverWord('wbe', 'Неизвестный канал')).innerText();
    assert.ok(problem.includes('Неизвестный канал "wbe". Объявленные каналы: web. Может быть, имелось в виду "web"?'), problem);
    await wb.screenshot('hover-problem-ru');
  });
});

