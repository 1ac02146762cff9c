import * as assert from 'node:assert/strict';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { exportSvg } from '../../../src/core/export';
import { textWidth } from '../../../src/core/export/layout/fontMetrics';
import { GRID, mapScene } from '../../../src/core/export/scene/mapScene';
import { shapeBox } from '../../../src/core/export/scene/scene';
import { mapNames, viewOf } from './exportTools';
import { sampleMaps } from './sampleMaps';

/** SVG 1.1 elements the export may use; anything else (foreignObject, script, image, use…) fails. */
const ALLOWED = new Set(['svg', 'title', 'rect', 'path', 'text', 'tspan']);

function parseStrict(svg: string): XmlElement {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } })
    .parseFromString(svg, 'image/svg+xml');
  assert.deepEqual(errors, []);
  return doc.documentElement as unknown as XmlElement;
}

function elements(root: XmlElement): XmlElement[] {
  const all: XmlElement[] = [root];
  for (let i = 0; i < all.length; i++) {
    const children = all[i].childNodes;
    for (let k = 0; k < children.length; k++) if (children[k].nodeType === 1) all.push(children[k] as XmlElement);
  }
  return all;
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('SVG export', () => {
  for (const sample of sampleMaps()) {
    it(`is well-formed SVG 1.1 with only shapes and text, every name in a <text>: ${sample.name}`, () => {
      const svg = exportSvg(viewOf(sample), { footer: 'map.cjm.yaml' });
      const root = parseStrict(svg);
      assert.equal(root.tagName, 'svg');
      assert.equal(root.getAttribute('xmlns'), 'http://www.w3.org/2000/svg');
      const all = elements(root);
      assert.deepEqual([...new Set(all.map((e) => e.tagName))].filter((t) => !ALLOWED.has(t)), []);
      assert.ok(!all.some((e) => e.hasAttribute('href') || e.hasAttribute('xlink:href') || e.hasAttribute('style')), 'no references, no CSS');
      const texts = all.filter((e) => e.tagName === 'text').map((e) => squash(e.textContent ?? ''));
      for (const name of [sample.map.title, ...mapNames(sample.map)]) {
        assert.ok(texts.some((t) => t.includes(squash(name))), `"${name}" is in one <text>`);
      }
    });

    it(`keeps every line inside its column and ends ${GRID.pad} px below the last thing drawn: ${sample.name}`, () => {
      const scene = mapScene(sample.map, { footer: 'map.cjm.yaml' });
      const { columns } = scene.grid;
      for (const shape of scene.shapes) {
        if (shape.kind !== 'text' || shape.y < scene.grid.headerTop) continue;
        const column = columns.findIndex((x, i) => shape.x >= x && shape.x <= columns[i + 1]);
        assert.ok(column >= 0, `"${shape.lines[0]}" is in a column`);
        const shift = shape.anchor === 'end' ? 1 : shape.anchor === 'middle' ? 0.5 : 0;
        for (const line of shape.lines) {
          const left = shape.x - shift * textWidth(line, shape.size, shape.weight);
          const right = left + textWidth(line, shape.size, shape.weight);
          assert.ok(left >= columns[column] && right <= columns[column + 1] - GRID.cellPad + 0.01,
            `"${line}" runs from ${left} to ${right}, its column from ${columns[column]} to ${columns[column + 1]}`);
        }
      }
      const bottom = Math.max(...scene.shapes.map((s) => { const b = shapeBox(s); return b.y + b.height; }));
      assert.ok(scene.height - bottom <= GRID.pad + 1 && scene.height - bottom >= GRID.pad - 6, `height ${scene.height}, last thing ends at ${bottom}`);
    });
  }

  it('escapes markup in names and drops characters XML forbids', () => {
    const map = { cjm: 1 as const, title: 'A <b>&</b> "map"\u0001', stages: [{ id: 's', name: '</text><script>x</script>' }] };
    const svg = exportSvg({ mapId: 'm', fileName: 'm.cjm.yaml', map });
    const root = parseStrict(svg);
    assert.ok(!elements(root).some((e) => e.tagName === 'script'));
    assert.ok(svg.includes('A &lt;b&gt;&amp;&lt;/b&gt; &quot;map&quot;</tspan>'));
  });
});
