/** `cjm … --locale`: messages in the chosen language (or the environment's), codes and positions unchanged. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/cliTypes';
import { diffCommand } from '../../../src/cli/diffCommand';
import { runCli } from '../../../src/cli/runCli';
import { validateCommand } from '../../../src/cli/validateCommand';
import { setActiveLocale, translatorFor } from '../../../src/core/l10n/translate';

const REPO = join(__dirname, '..', '..', '..');
const MAP = 'test/fixtures/l10n/several-problems.cjm.yaml';

async function cjm(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: REPO, env };
  const code = await runCli({ validate: validateCommand, diff: diffCommand }, argv, io);
  return { code, stdout, stderr };
}

/** `file:line:column: severity code` of each text line, and the messages after it. */
function split(stdout: string): { places: string[]; messages: string[] } {
  const lines = stdout.trimEnd().split('\n');
  const parts = lines.map((line) => /^(\S+:\d+:\d+: \S+ \S+) (.*)$/.exec(line)!);
  return { places: parts.map((m) => m[1]), messages: parts.map((m) => m[2]) };
}

describe('cjm --locale', () => {
  afterEach(() => setActiveLocale('en'));

  it('validate --locale pl prints Polish messages with the same codes, lines and columns as --locale en', async () => {
    const english = await cjm(['validate', '--no-insights', '--locale', 'en', MAP]);
    const polish = await cjm(['validate', '--no-insights', '--locale', 'pl', MAP]);
    assert.equal(polish.code, english.code);
    const en = split(english.stdout);
    const pl = split(polish.stdout);
    assert.ok(en.places.length >= 10, english.stdout);
    assert.deepEqual(pl.places, en.places);
    pl.messages.forEach((message, i) => assert.notEqual(message, en.messages[i], `line ${i + 1} is left in English`));
    assert.equal(polish.stdout.split('\n')[3],
      `${MAP}:19:18: error unknown-channel Nieznany kanał "wbe". Zadeklarowane kanały: web, fax. Czy chodziło o "web"?`);
  });

  it('takes the language from LC_ALL, LC_MESSAGES or LANG without --locale; --locale wins over them', async () => {
    const russian = await cjm(['validate', '--no-insights', MAP], { LANG: 'ru_RU.UTF-8' });
    assert.match(russian.stdout, /:26:9: warning empty-stage У этапа "pay" нет точек контакта\. Добавьте хотя бы одну в "touchpoints:"\.\n/);
    const chosen = await cjm(['validate', '--no-insights', MAP, '--locale=lv'], { LC_ALL: 'ru_RU.UTF-8' });
    assert.match(chosen.stdout, /:26:9: warning empty-stage Posmam "pay" nav saskarsmes punktu\./);
    const plain = await cjm(['validate', '--no-insights', MAP], { LANG: 'C.UTF-8' });
    assert.match(plain.stdout, /:26:9: warning empty-stage Stage "pay" has no touchpoints\./);
  });

  it('an unknown --locale is a usage error naming it and the four languages', async () => {
    const run = await cjm(['--locale', 'de', 'validate', MAP]);
    assert.deepEqual(run, { code: 2, stdout: '', stderr: 'cjm: unknown --locale "de": use one of en, ru, pl, lv.\n' });
    assert.equal((await cjm(['validate', MAP, '--locale'])).code, 2);
  });

  it('usage errors and help speak the chosen language', async () => {
    const run = await cjm(['validate', '--locale', 'ru', '--bogus', MAP]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^cjm validate: неизвестный параметр "--bogus"\.\nИспользование: cjm validate /);
  });

  it('SARIF results carry the messages in the chosen language, rule ids the codes', async () => {
    const run = await cjm(['validate', '--no-insights', '--format', 'sarif', '--locale', 'ru', MAP]);
    const results = (JSON.parse(run.stdout) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] }).runs[0].results;
    const channel = results.find((r) => r.ruleId === 'unknown-channel');
    assert.equal(channel?.message.text, 'Неизвестный канал "wbe". Объявленные каналы: web, fax. Может быть, имелось в виду "web"?');
  });

  it('Russian plural forms: 1, 21 one; 3 few; 5 many (the too-many-problems message)', () => {
    const ru = translatorFor('ru');
    const more = (n: number) => ru.tPlural(n, '… and {0} more problem: a file lists at most {1}. Fix these to see the rest.',
      '… and {0} more problems: a file lists at most {1}. Fix these to see the rest.', n, '1 000').split(':')[0];
    assert.deepEqual([1, 3, 5, 21].map(more), ['… и ещё 1 проблема', '… и ещё 3 проблемы', '… и ещё 5 проблем', '… и ещё 21 проблема']);
  });

  it('diff --locale ru: change lines and the summary in Russian, counts in their plural forms', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cjm-locale-'));
    try {
      const stage = (id: string) => `  - id: ${id}\n    name: ${id}\n    touchpoints:\n      - id: ${id}-tp\n        name: Touch ${id}\n`;
      writeFileSync(join(dir, 'old.cjm.yaml'), `cjm: 1\ntitle: Old\nstages:\n${stage('a')}`);
      writeFileSync(join(dir, 'new.cjm.yaml'), `cjm: 1\ntitle: New\nstages:\n${['a', 'b', 'c', 'd', 'e', 'f'].map(stage).join('')}`);
      const run = await cjm(['diff', '--locale', 'ru', '--format', 'md', join(dir, 'old.cjm.yaml'), join(dir, 'new.cjm.yaml')]);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /^### Сравнение карт пути: /);
      assert.match(run.stdout, /\n\*\*добавлено: 5 этапов; заголовок карты изменён\*\*\n/);
      const text = await cjm(['diff', '--locale', 'ru', join(dir, 'old.cjm.yaml'), join(dir, 'new.cjm.yaml')]);
      assert.match(text.stdout, /^~ карта: title "Old" → "New"\n\+ этап b: добавлено\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
