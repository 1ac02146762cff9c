import * as assert from 'node:assert/strict';
import { BOM, csvColumns, csvField, exportCsv, touchpointRows } from '../../../src/core/export/csv';
import { translatorFor } from '../../../src/core/l10n/translate';
import { sampleMaps } from './sampleMaps';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on malformed input. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (text[i] === '"') { i++; break; }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') { i++; continue; }
    if (text.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; if (i === text.length) return rows; continue; }
    throw new Error(`expected a comma or CRLF at ${i}, got ${JSON.stringify(text[i])}`);
  }
}

describe('CSV export', () => {
  for (const sample of sampleMaps()) {
    it(`parses back to the same rows: ${sample.name}`, () => {
      const text = exportCsv(sample.map);
      assert.ok(text.startsWith(BOM), 'starts with a UTF-8 BOM');
      const rows = parseCsv(text.slice(BOM.length));
      const english = ['Stage', 'Touchpoint', 'Channel', 'Personas', 'Emotion', 'Pains', 'Opportunities', 'Owner'];
      assert.deepEqual(rows[0], sample.map.lang === undefined || sample.map.lang === 'en' ? english : csvColumns(translatorFor(sample.map.lang)));
      assert.deepEqual(rows.slice(1), touchpointRows(sample.map));
      const count = sample.map.stages.reduce((n, s) => n + (s.touchpoints?.length ?? 0), 0);
      assert.equal(rows.length - 1, count, 'one row per touchpoint');
    });
  }

  it('fills the columns with names, per-persona emotions and line-separated lists', () => {
    const tricky = sampleMaps().find((s) => s.name.endsWith('tricky.cjm.yaml'))!;
    assert.deepEqual(touchpointRows(tricky.map)[0], [
      'Stage: one # first', 'Pay | confirm; now', 'Web, desktop', 'Анна, мама\nBen: the tester',
      'Анна, мама: -2\nBen: the tester: 1', 'Line one\nline two\nSay "hi", then, leave', '*bold* and <b>tag</b>',
      'Team \\ backslash',
    ]);
    assert.deepEqual(touchpointRows(tricky.map)[1].slice(3, 5), ['Анна, мама', '']);
  });

  it('quotes exactly the fields RFC 4180 requires', () => {
    assert.equal(csvField('plain text; ok'), 'plain text; ok');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\r'), '"cr\r"');
  });
});
