import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { buildView } from '../../../src/core/buildView';
import { csvSlices, parseCsv } from '../../../src/core/data/csvTable';
import { runInSlices } from '../../../src/core/data/steps';
import { dataFilePath, isInside } from '../../../src/core/data/dataPaths';
import { dayNumber } from '../../../src/core/data/dates';
import { evaluatePointer } from '../../../src/core/data/jsonPointer';
import { withResolvedValues, resolvedMapJson } from '../../../src/core/data/metricView';
import { cellNumber } from '../../../src/core/data/numbers';
import type { DataResolution } from '../../../src/core/data/types';
import { runInsights } from '../../../src/core/insights/runInsights';
import { resolveSettings } from '../../../src/core/insights/settings';
import type { Analysis } from '../../../src/core/types';
import { spanOf } from '../core/analyzeTestKit';
import { FUNNEL_CSV, mapWith, resolveText } from './dataTestKit';

const day = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe('data: dates', () => {
  it('ISO dates and date-times', () => {
    assert.equal(dayNumber('2026-03-02'), day('2026-03-02'));
    assert.equal(dayNumber(' 2026-03-02T23:59:00Z '), day('2026-03-02'));
    assert.equal(dayNumber('2026-02-30'), null);
    assert.equal(dayNumber('02.03.2026'), null);
  });

  it('ISO weeks are their Monday; week 1 holds the first Thursday; 53 weeks only in long years', () => {
    assert.equal(dayNumber('2026-W01'), day('2025-12-29'));
    assert.equal(dayNumber('2026-W10'), day('2026-03-02'));
    assert.equal(dayNumber('2021-W01'), day('2021-01-04'));
    assert.equal(dayNumber('2020-W53'), day('2020-12-28'));
    assert.equal(dayNumber('2026W02'), day('2026-01-05'));
    assert.equal(dayNumber('2021-W53'), null);
    assert.equal(dayNumber('2026-W00'), null);
  });
});

describe('data: CSV tables', () => {
  it('picks the delimiter the header row uses, ignoring delimiters inside quotes', () => {
    assert.equal(parseCsv('a;b;c\n1;2;3\n').delimiter, ';');
    assert.equal(parseCsv('"x;y;z",b\n1,2\n').delimiter, ',');
    assert.deepEqual(parseCsv('"x;y;z",b\n1,2\n').header, ['x;y;z', 'b']);
  });

  it('parsing in slices gives the same rows as one parse, with quoted line breaks across slice ends', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `2026-01-01,${i},"note ${i}\nline two, ""quoted"""`);
    const text = `date,n,note\n${rows.join('\n')}\n`;
    let pauses = 0;
    const sliced = await runInSlices(csvSlices(text), async () => { pauses++; }, 0);
    const whole = parseCsv(text);
    assert.ok(pauses > 2, `paused ${pauses} times`);
    assert.equal(sliced.rows.length, 30_000);
    assert.deepEqual(sliced.rows, whole.rows);
    assert.deepEqual(sliced.rows[29_999], ['2026-01-01', '29999', 'note 29999\nline two, "quoted"']);
  });

  it('reports the row of a syntax error, counting the header as row 1', () => {
    assert.equal(parseCsv('a,b\n1,2\n3,"4\n').error?.row, 3);
  });
});

describe('data: numbers, pointers and paths', () => {
  it('cell numbers', () => {
    assert.deepEqual(['12000', ' -3.5 ', '1e3', '45%', '12 000'].map((c) => cellNumber(c, false)), [12000, -3.5, 1000, 45, 12000]);
    assert.equal(cellNumber('12,5', true), 12.5);
    assert.equal(cellNumber('12,5', false), null);
    assert.equal(cellNumber('n/a', false), null);
  });

  it('RFC 6901 pointers (the examples of section 5)', () => {
    const doc = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8 };
    const at = (p: string): unknown => { const r = evaluatePointer(doc, p); return r.found ? r.value : undefined; };
    assert.equal(at(''), doc);
    assert.deepEqual(at('/foo'), ['bar', 'baz']);
    assert.equal(at('/foo/0'), 'bar');
    assert.deepEqual([at('/'), at('/a~1b'), at('/c%d'), at('/e^f'), at('/g|h'), at('/i\\j'), at('/k"l'), at('/ '), at('/m~0n')], [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(evaluatePointer(doc, '/foo/01'), { found: false, at: '01' });
    assert.deepEqual(evaluatePointer(doc, '/foo/2'), { found: false, at: '2' });
    assert.deepEqual(evaluatePointer(doc, '/toString'), { found: false, at: 'toString' });
  });

  it('data file paths: relative to the map folder, inside the workspace or not', () => {
    assert.equal(dataFilePath('/ws/maps/a.cjm.yaml', './data/../data/f.csv'), '/ws/maps/data/f.csv');
    assert.equal(dataFilePath('/ws/maps/a.cjm.yaml', 'data\\f.csv'), '/ws/maps/data/f.csv');
    assert.equal(isInside(dataFilePath('/ws/maps/a.cjm.yaml', '../../f.csv'), ['/ws']), false);
    assert.equal(isInside('/ws2/f.csv', ['/ws']), false);
    assert.equal(isInside('/ws/f.csv', ['/other', '/ws/']), true);
  });
});

/** The stale-metric findings alone, as the insights run them on `now` (other rules off), with `max-age` days. */
function staleMetricFindings(analysis: Analysis, resolution: DataResolution, { now, maxAgeDays }: { now: number; maxAgeDays?: number }) {
  const off = Object.fromEntries(['pain-without-opportunity', 'negative-moment-of-truth', 'emotion-drop', 'unowned-stage', 'persona-gap',
    'metric-off-target', 'conversion-drop', 'review-due'].map((code) => [code, 'off' as const]));
  const stale = maxAgeDays === undefined ? 'info' as const : { severity: 'info' as const, 'max-age': maxAgeDays };
  return runInsights(analysis, resolveSettings({ rules: { ...off, 'stale-metric': stale } }, new Date(now)), resolution.metrics);
}

describe('data: stale-metric and resolved values', () => {
  const text = mapWith('source: { file: data/funnel.csv, column: visitors, date-column: week }');

  it('stale-metric: info at the source key when the latest row is older than max-age days', async () => {
    const resolution = await resolveText(text, { 'data/funnel.csv': FUNNEL_CSV }); // latest 2026-W03 = 2026-01-12
    const analysis = analyze(text);
    const now = Date.UTC(2026, 1, 17); // 36 days later
    const [finding, ...rest] = staleMetricFindings(analysis, resolution, { now });
    assert.deepEqual(rest, []);
    assert.deepEqual({ offset: finding.offset, length: finding.length }, spanOf(text, 'source'));
    assert.deepEqual([finding.code, finding.severity], ['stale-metric', 'info']);
    assert.equal(finding.message, 'Metric "visitors" is stale: its latest row in "data/funnel.csv" is dated 2026-W03, 36 days ago (more than 35).');
    assert.deepEqual(staleMetricFindings(analysis, resolution, { now: Date.UTC(2026, 1, 16) }), [], '35 days is not stale');
    assert.equal(staleMetricFindings(analysis, resolution, { now: Date.UTC(2026, 0, 20), maxAgeDays: 7 }).length, 1);
  });

  it('stale-metric: undated sources are never stale', async () => {
    const undated = mapWith('source: { file: k.json, pointer: /n }');
    const resolution = await resolveText(undated, { 'k.json': '{"n": 1}' });
    assert.deepEqual(staleMetricFindings(analyze(undated), resolution, { now: Date.UTC(2030, 0, 1) }), []);
  });

  it('a view keeps the last 52 earlier values of a long history; the JSON form keeps them all', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01,${i}`);
    const resolution = await resolveText(text, { 'data/funnel.csv': `week,visitors\n${rows.join('\n')}\n` });
    const view = buildView(analyze(text), 'shop.cjm.yaml', resolution.metrics)!;
    const history = view.metricData!['stages.0.metrics.0'].history;
    assert.deepEqual([history.length, history[0].value, history[51].value], [52, 147, 198]);
    assert.equal(resolution.metrics['stages.0.metrics.0'].history.length, 199);
  });

  it('the view and the JSON form carry the resolved value; the map itself is unchanged', async () => {
    const resolution = await resolveText(text, { 'data/funnel.csv': FUNNEL_CSV });
    const map = analyze(text).model!;
    assert.equal(withResolvedValues(map, resolution.metrics).stages[0].metrics?.[0].value, 12500);
    assert.equal(map.stages[0].metrics?.[0].value, undefined);
    const json = resolvedMapJson(map, resolution.metrics).stages[0].metrics?.[0] as Record<string, unknown>;
    assert.deepEqual([json.value, json.previous, json.delta, json.direction, json.date, (json.history as unknown[]).length],
      [12500, 11000, 1500, 'progress', '2026-W03', 2]);
    assert.equal(json.file, undefined);
  });
});
