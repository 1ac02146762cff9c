/**
 * Export in the web worker extension host: `cjm.export(uri, { format, target })` writes through
 * vscode.workspace.fs (here the in-memory file system of the mounted workspace; nothing reaches the disk).
 */
import * as vscode from 'vscode';
import { equal, ok } from '../../shared/assert';
import { activated, fixtureUri } from '../../shared/hostHelpers';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const MARKDOWN = [
  '# Заказ в браузере', '',
  '## Personas', '',
  '### Ольга, покупатель', '',
  '## Channels', '',
  '| Channel | Kind | Description |',
  '| --- | --- | --- |',
  '| Сайт | web |   |',
  '| Почта | email |   |', '',
  '## 1. Выбор', '',
  '**Touchpoints**', '',
  '| Touchpoint | Channel | Personas | Emotion | Pains | Opportunities | Owner |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| ★ Каталог | Сайт | Ольга, покупатель | +1 🙂 | Нет фильтра по цене | Фильтр по цене | Каталог-команда |', '',
  '★ moment of truth', '',
  '## 2. Оплата', '',
  '**Touchpoints**', '',
  '| Touchpoint | Channel | Personas | Emotion | Pains | Opportunities | Owner |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| Чек на почту | Почта | Ольга, покупатель | −1 🙁 |   |   |   |', '',
].join('\n');

describe('browser build: export', () => {
  const map = fixtureUri('web/checkout.cjm.yaml');
  const out = (name: string) => fixtureUri(`web-export/${name}`);

  before(async () => {
    await activated();
    await vscode.workspace.fs.createDirectory(out(''));
  });

  after(async () => {
    await vscode.workspace.fs.delete(out(''), { recursive: true, useTrash: false });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function exportAs(format: string, name: string): Promise<string> {
    const target = out(name);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.export', map, { format, target });
    equal(written?.toString(), target.toString(), 'the command resolves to the written file');
    return decoder.decode(await vscode.workspace.fs.readFile(target));
  }

  it('writes Markdown: a section per stage, a table of touchpoints', async () => {
    equal(await exportAs('md', 'checkout.md'), MARKDOWN);
  });

  it('writes CSV with a byte order mark and CRLF rows', async () => {
    const csv = await exportAs('csv', 'checkout.csv');
    equal(csv, '\uFEFFStage,Touchpoint,Channel,Personas,Emotion,Pains,Opportunities,Owner\r\n'
      + 'Выбор,Каталог,Сайт,"Ольга, покупатель",1,Нет фильтра по цене,Фильтр по цене,Каталог-команда\r\n'
      + 'Оплата,Чек на почту,Почта,"Ольга, покупатель",-1,,,\r\n');
  });

  it('writes a standalone HTML page rendered from the map components, without scripts', async () => {
    const html = await exportAs('html', 'checkout.html');
    ok(html.startsWith('<!DOCTYPE html>'), html.slice(0, 40));
    for (const name of ['Заказ в браузере', 'Выбор', 'Оплата', 'Каталог', 'Чек на почту']) ok(html.includes(name), `the page names ${name}`);
    ok(!html.includes('<script'), 'no scripts');
  });
});
