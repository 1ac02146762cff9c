import * as assert from 'node:assert/strict';
import { exportMarkdown } from '../../../src/core/export/markdown';
import { escapeMarkdown } from '../../../src/core/markdownText';
import { sampleMaps } from './sampleMaps';

/** Splits a table row on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe('Markdown export', () => {
  for (const sample of sampleMaps()) {
    it(`has a section per stage and a well-formed touchpoint table: ${sample.name}`, () => {
      const md = exportMarkdown(sample.map);
      const lines = md.split('\n');
      const sections = lines.filter((l) => /^## \d+\. /.test(l));
      assert.equal(sections.length, sample.map.stages.length);
      sample.map.stages.forEach((stage, i) => {
        assert.equal(sections[i], `## ${i + 1}. ${escapeMarkdown(stage.name, '<br>')}`);
        const start = lines.indexOf(sections[i]);
        const end = i + 1 < sections.length ? lines.indexOf(sections[i + 1]) : lines.length;
        for (const tp of stage.touchpoints ?? []) {
          const row = lines.slice(start, end).find((l) => l.startsWith(`| ${tp['moment-of-truth'] ? '★ ' : ''}${escapeMarkdown(tp.name, '<br>')} | `));
          assert.ok(row, `row of ${tp.name}`);
          assert.equal(cells(row).length, 7, `7 cells in ${row}`);
        }
      });
      for (const row of lines.filter((l) => l.startsWith('| '))) {
        assert.ok(row.endsWith(' |') && !row.includes('\n'), row);
      }
    });
  }

  it('escapes pipes, Markdown syntax and line breaks inside table cells', () => {
    const tricky = sampleMaps().find((s) => s.name.endsWith('tricky.cjm.yaml'))!;
    const md = exportMarkdown(tricky.map);
    assert.ok(md.startsWith('# Tricky: names \\| pipes \\# and; more\n'));
    assert.ok(md.includes(
      '| Pay \\| confirm; now | Web, desktop | Анна, мама<br>Ben: the tester | Анна, мама: −2 😣<br>Ben: the tester: +1 🙂 | '
      + 'Line one<br>line two<br>Say "hi", then, leave | \\*bold\\* and \\<b\\>tag\\</b\\> | Team \\\\ backslash |\n'));
    assert.ok(md.includes('| ★ Ēdināšana ar karti | Veikals | Анна, мама |   |   |   |   |\n'));
    assert.ok(md.includes('## 2. Пустой этап\n'));
    assert.ok(md.includes('**Emotion:** −1 🙁\n'));
  });
});
