import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { DataResolver } from '../../../src/core/data/dataResolver';
import type { Problem } from '../../../src/core/types';
import { spanOf } from '../core/analyzeTestKit';
import { FUNNEL_CSV, mapWith, resolveText } from './dataTestKit';

/** Asserts the resolution has exactly one problem, with this code, range (see spanOf) and message. */
async function expectData(metricLines: string, files: Record<string, string>, code: string, pattern: string, message: string | RegExp): Promise<Problem> {
  const text = mapWith(metricLines);
  const { problems } = await resolveText(text, files);
  assert.deepEqual(problems.map((p) => p.code), [code], JSON.stringify(problems, null, 1));
  assert.deepEqual({ offset: problems[0].offset, length: problems[0].length }, spanOf(text, pattern));
  if (typeof message === 'string') assert.equal(problems[0].message, message);
  else assert.match(problems[0].message, message);
  return problems[0];
}

describe('data: problems at exact ranges', () => {
  it('data-file-missing: the file value', async () => {
    await expectData('source: { file: data/funel.csv, column: visitors }', { 'data/funnel.csv': FUNNEL_CSV },
      'data-file-missing', 'data/funel.csv', 'Data file "data/funel.csv" does not exist.');
  });

  it('data-file-missing for a quoted file: inside the quotes', async () => {
    await expectData('source: { file: "нет.csv", column: visitors }', {}, 'data-file-missing', '"«нет.csv»"', 'Data file "нет.csv" does not exist.');
  });

  it('data-file-outside-workspace: a path that climbs out of the workspace is refused, never read', async () => {
    await expectData('source: { file: ../../etc/data.csv, column: visitors }', {}, 'data-file-outside-workspace', '../../etc/data.csv',
      'Data file "../../etc/data.csv" is outside the workspace; a source must be a file inside the workspace.');
  });

  it('data-column-missing: the column value, listing the columns, with a did-you-mean', async () => {
    const p = await expectData('source: { file: data/funnel.csv, column: visitor, date-column: week }', { 'data/funnel.csv': FUNNEL_CSV },
      'data-column-missing', '«visitor», date',
      '"data/funnel.csv" has no column "visitor". Its columns: "week", "visitors", "signups". Did you mean "visitors"?');
    assert.equal(p.suggestion, 'visitors');
    assert.deepEqual(p.path, ['stages', 0, 'metrics', 0, 'source', 'column']);
  });

  it('data-column-missing for the date column: the date-column value; Cyrillic names suggested', async () => {
    await expectData('source: { file: ru.csv, column: посетители, date-column: неделi }', { 'ru.csv': 'неделя;посетители\n2026-01-05;1\n' },
      'data-column-missing', 'неделi', '"ru.csv" has no column "неделi". Its columns: "неделя", "посетители". Did you mean "неделя"?');
  });

  it('data-not-a-number: the source key; names the file, the row and the cell', async () => {
    await expectData('source: { file: data/funnel.csv, column: visitors }', { 'data/funnel.csv': 'week,visitors\n2026-W01,10\n2026-W02,12k\n' },
      'data-not-a-number', 'source', '"data/funnel.csv", row 3, column "visitors": "12k" is not a number.');
  });

  it('data-not-a-number for a JSON pointer to text', async () => {
    await expectData('source: { file: kpi.json, pointer: /nps }', { 'kpi.json': '{"nps": "41"}' },
      'data-not-a-number', 'source', '"kpi.json" at "/nps" holds text "41", not a number or a list of { date, value }.');
  });

  it('data-not-a-date: the source key; names the row and the cell', async () => {
    await expectData('source: { file: data/funnel.csv, column: visitors, date-column: week }', { 'data/funnel.csv': 'week,visitors\n2026-W01,10\nlast week,12\n' },
      'data-not-a-date', 'source', '"data/funnel.csv", row 3, column "week": "last week" is not a date (YYYY-MM-DD or YYYY-Www).');
  });

  it('data-pointer-missing: the pointer value, naming where the walk stopped', async () => {
    await expectData('source: { file: kpi.json, pointer: /checkout/nsp }', { 'kpi.json': '{"checkout": {"nps": 41}}' },
      'data-pointer-missing', '/checkout/nsp', '"kpi.json" has nothing at pointer "/checkout/nsp": nothing at "nsp".');
  });

  it('data-file-invalid: JSON that does not parse, at the file value', async () => {
    await expectData('source: { file: kpi.json, pointer: /nps }', { 'kpi.json': '{"nps": 41,' },
      'data-file-invalid', 'kpi.json', /^"kpi\.json" is not valid JSON: .+\.$/);
  });

  it('value-and-source: the value key', async () => {
    await expectData('value: 12000\nsource: { file: data/funnel.csv, column: visitors }', { 'data/funnel.csv': FUNNEL_CSV },
      'value-and-source', '«value»: 12000',
      'Metric "visitors" has both "value" and "source": remove "value" (the source gives it), or remove "source".');
  });

  it('a source with neither column nor pointer: missing-key on the source key', async () => {
    await expectData('source: { file: data/funnel.csv }', { 'data/funnel.csv': FUNNEL_CSV },
      'missing-key', 'source', 'The source of metric "visitors" needs "column" (a CSV file) or "pointer" (a JSON file).');
  });

  it('block-style source: ranges on the values of its keys', async () => {
    await expectData('source:\n  file: data/funnel.csv\n  column: visitorz', { 'data/funnel.csv': FUNNEL_CSV },
      'data-column-missing', 'visitorz',
      '"data/funnel.csv" has no column "visitorz". Its columns: "week", "visitors", "signups". Did you mean "visitors"?');
  });
});

describe('data: a reader that fails unexpectedly', () => {
  it('gives a data-file-invalid problem at the file, not a rejected promise', async () => {
    const text = mapWith('source: { file: data/funnel.csv, column: visitors }');
    const resolver = new DataResolver({ read: () => Promise.reject(new Error('disk on fire')) });
    const { problems } = await resolver.resolve(analyze(text), { mapPath: '/ws/maps/shop.cjm.yaml', roots: ['/ws'] });
    assert.deepEqual(problems.map((p) => [p.code, p.message]), [['data-file-invalid', 'Data file "data/funnel.csv" could not be read: disk on fire.']]);
    assert.deepEqual({ offset: problems[0].offset, length: problems[0].length }, spanOf(text, 'data/funnel.csv'));
  });
});
