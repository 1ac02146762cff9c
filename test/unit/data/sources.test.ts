import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { DataResolver } from '../../../src/core/data/dataResolver';
import { FUNNEL_CSV, LOCATION, MemoryReader, mapWith, resolveText } from './dataTestKit';

const CSV_SOURCE = 'source: { file: data/funnel.csv, column: visitors, date-column: week }';

describe('data: resolving metric sources', () => {
  it('CSV with a date column: the latest date is the value, the earlier rows its history, oldest first', async () => {
    const r = await resolveText(mapWith(CSV_SOURCE), { 'data/funnel.csv': FUNNEL_CSV });
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.metrics['stages.0.metrics.0'], {
      value: 12500, previous: 11000, delta: 1500, direction: 'progress', date: '2026-W03', file: 'data/funnel.csv',
      history: [{ date: '2026-W01', value: 10000 }, { date: '2026-W02', value: 11000 }],
    });
    assert.deepEqual(r.files, ['/ws/maps/data/funnel.csv']);
  });

  it('CSV without a date column: the last row is the value, in file order', async () => {
    const r = await resolveText(mapWith('source: { file: data/funnel.csv, column: signups }'), { 'data/funnel.csv': FUNNEL_CSV });
    const m = r.metrics['stages.0.metrics.0'];
    assert.deepEqual([m.value, m.previous, m.delta, m.direction, m.date], [310, 250, 60, 'progress', undefined]);
    assert.deepEqual(m.history, [{ value: 300 }, { value: 250 }]);
  });

  it('better: lower turns a rise into regress and a fall into progress', async () => {
    const rise = await resolveText(mapWith(`better: lower\n${CSV_SOURCE}`), { 'data/funnel.csv': FUNNEL_CSV });
    assert.equal(rise.metrics['stages.0.metrics.0'].direction, 'regress');
    const fall = await resolveText(mapWith(`better: lower\n${CSV_SOURCE}`), { 'data/funnel.csv': 'week,visitors\n2026-01-05,9\n2026-01-12,7\n' });
    assert.deepEqual([fall.metrics['stages.0.metrics.0'].delta, fall.metrics['stages.0.metrics.0'].direction], [-2, 'progress']);
    const same = await resolveText(mapWith(CSV_SOURCE), { 'data/funnel.csv': 'week,visitors\n2026-01-05,7\n2026-01-12,7\n' });
    assert.equal(same.metrics['stages.0.metrics.0'].direction, 'flat');
  });

  it('semicolons, a BOM, CRLF, a decimal comma and Cyrillic column names', async () => {
    const csv = '\uFEFFнеделя;посетители\r\n2026-01-05;10,5\r\n2026-01-12;12,25\r\n';
    const r = await resolveText(mapWith('source: { file: data/ru.csv, column: посетители, date-column: неделя }'), { 'data/ru.csv': csv });
    assert.deepEqual(r.problems, []);
    const m = r.metrics['stages.0.metrics.0'];
    assert.deepEqual([m.value, m.previous, m.date], [12.25, 10.5, '2026-01-12']);
  });

  it('quoted cells with commas and line breaks are one cell', async () => {
    const csv = 'week,note,visitors\n2026-01-05,"up, a lot\nreally",100\n2026-01-12,"say ""hi""",120\n';
    const r = await resolveText(mapWith(CSV_SOURCE.replace('data/funnel.csv', 'q.csv')), { 'q.csv': csv });
    assert.deepEqual(r.problems, []);
    assert.equal(r.metrics['stages.0.metrics.0'].value, 120);
  });

  it('JSON pointer to a number: the value, no history', async () => {
    const r = await resolveText(mapWith('source: { file: data/kpi.json, pointer: /checkout/nps }'),
      { 'data/kpi.json': '{"checkout": {"nps": 41}}' });
    assert.deepEqual(r.metrics['stages.0.metrics.0'], { value: 41, history: [], file: 'data/kpi.json' });
  });

  it('JSON pointer to a list of { date, value }: ordered by date, escaped tokens', async () => {
    const json = '{"a/b": {"~x": [{"date": "2026-02-01", "value": 40}, {"date": "2026-01-01", "value": 44}]}}';
    const r = await resolveText(mapWith('source: { file: kpi.json, pointer: /a~1b/~0x }'), { 'kpi.json': json });
    const m = r.metrics['stages.0.metrics.0'];
    assert.deepEqual([m.value, m.previous, m.delta, m.direction, m.date], [40, 44, -4, 'regress', '2026-02-01']);
  });

  it('touchpoint metrics resolve too, keyed by their path', async () => {
    const text = mapWith('value: 1').replace('      - { id: ad, name: Ad }',
      '      - id: ad\n        name: Ad\n        metrics:\n          - { id: nps, name: NPS, source: { file: kpi.json, pointer: /nps } }');
    const r = await resolveText(text, { 'kpi.json': '{"nps": 7}' });
    assert.equal(r.metrics['stages.0.touchpoints.0.metrics.0'].value, 7);
  });

  it('parses a file once per version: the same version is not parsed again, a new one is', async () => {
    const reader = new MemoryReader();
    reader.files.set('/ws/maps/data/funnel.csv', FUNNEL_CSV);
    reader.versions.set('/ws/maps/data/funnel.csv', 'v1');
    const resolver = new DataResolver(reader);
    const analysis = analyze(mapWith(CSV_SOURCE));
    assert.equal((await resolver.resolve(analysis, LOCATION)).metrics['stages.0.metrics.0'].value, 12500);
    reader.files.set('/ws/maps/data/funnel.csv', 'week,visitors\n2026-W09,1\n');
    assert.equal((await resolver.resolve(analysis, LOCATION)).metrics['stages.0.metrics.0'].value, 12500, 'same version: cached parse');
    reader.versions.set('/ws/maps/data/funnel.csv', 'v2');
    assert.equal((await resolver.resolve(analysis, LOCATION)).metrics['stages.0.metrics.0'].value, 1, 'new version: parsed again');
  });

  it('reads a file once per resolution however many metrics use it', async () => {
    const reader = new MemoryReader();
    const text = mapWith(CSV_SOURCE).replace('    touchpoints:',
      '      - { id: signups, name: Signups, source: { file: data/funnel.csv, column: signups } }\n    touchpoints:');
    const r = await resolveText(text, { 'data/funnel.csv': FUNNEL_CSV }, reader);
    assert.equal(r.metrics['stages.0.metrics.1'].value, 310);
    assert.deepEqual(reader.reads, ['/ws/maps/data/funnel.csv']);
  });
});
