import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { graphemes, textWidth } from '../../../src/core/export/layout/fontMetrics';
import { wrapText } from '../../../src/core/export/layout/wrapText';

const require = createRequire(__filename);

/** The advance width of a text in px, summed by fontkit from the font file itself (no kerning). */
function fontkitWidth(file: string, text: string, size: number): number {
  const font = fontkit.openSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)) as fontkit.Font;
  const units = [...text].reduce((sum, ch) => sum + font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0);
  return (units / font.unitsPerEm) * size;
}

const SAMPLE = 'Ēdināšana ar karti — Личный кабинет, ķēķis ļoti ņiprs, ģimene, «цитата» & 123';

describe('export text layout', () => {
  it('measures text with the advance widths of the shipped DejaVu Sans, regular and bold', () => {
    assert.ok(Math.abs(textWidth(SAMPLE, 13) - fontkitWidth('DejaVuSans.ttf', SAMPLE, 13)) < 1e-6);
    assert.ok(Math.abs(textWidth(SAMPLE, 15, 'bold') - fontkitWidth('DejaVuSans-Bold.ttf', SAMPLE, 15)) < 1e-6);
    assert.ok(textWidth('WWWW', 13) > textWidth('iiii', 13) * 2, 'proportional, not a fixed width per character');
  });

  it('wraps Cyrillic at spaces, every line within the width, no word lost or split', () => {
    const text = 'Покупатель выбирает тариф, сравнивает его с другими предложениями и оформляет заказ';
    const lines = wrapText(text, 150, { size: 13 });
    assert.ok(lines.length >= 4, lines.join(' | '));
    for (const line of lines) assert.ok(textWidth(line, 13) <= 150, `"${line}" is ${textWidth(line, 13)} px`);
    assert.equal(lines.join(' '), text);
    for (let i = 1; i < lines.length; i++) {
      const [prev] = lines[i].split(' ');
      assert.ok(textWidth(`${lines[i - 1]} ${prev}`, 13) > 150, `"${prev}" would have fit on line ${i}`);
    }
  });

  it('breaks a word longer than the line between characters, and after hyphens first', () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const lines = wrapText(word, 100, { size: 13 });
    assert.ok(lines.length > 2);
    assert.equal(lines.join(''), word);
    for (const line of lines) assert.ok(textWidth(line, 13) <= 100);
    assert.deepEqual(wrapText('Достопримечательности-и-впечатления', 190, { size: 13 }), ['Достопримечательности-и-', 'впечатления']);
  });

  it('never splits an emoji sequence, and gives pictographs at least the width of a colour emoji', () => {
    const family = '👩‍👩‍👧‍👦';
    const text = `${family}🏳️‍🌈👍🏽`.repeat(6);
    const lines = wrapText(text, 60, { size: 13 });
    assert.equal(lines.join(''), text);
    const clusters = new Set(graphemes(text));
    for (const line of lines) for (const g of graphemes(line)) assert.ok(clusters.has(g), `"${g}" is a piece of a cluster`);
    assert.equal(graphemes(family).length, 1);
    assert.ok(textWidth(family, 13) >= 13 * 1.25 && textWidth(family, 13) < 13 * 2.5, `${textWidth(family, 13)}`);
  });

  it('keeps the text\'s own line breaks and empty lines', () => {
    assert.deepEqual(wrapText('one\n\ntwo three', 500, { size: 13 }), ['one', '', 'two three']);
  });
});
