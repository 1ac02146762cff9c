import * as assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { exportHtml, type StaticMapRenderer } from '../../../src/core/export';
import { PRINT_THEME, themeRule, variablesUsedBy } from '../../../src/core/export/printTheme';
import { selfContainedCss } from '../../../src/core/export/staticDocument';
import type { JourneyView } from '../../../src/shared/viewModel';
import { sampleMaps } from './sampleMaps';
import { loadStaticRenderer, mapEditorCss } from './staticRenderer';

const win = new Window();
const parser = new win.DOMParser();

function viewOf(name: string, map: JourneyView['map']): JourneyView {
  return { mapId: name, fileName: `${name}.cjm.yaml`, map };
}

/** Every stage and touchpoint name of the map must be in the text. */
function assertNames(text: string, map: JourneyView['map']): void {
  for (const stage of map.stages) {
    assert.ok(text.includes(stage.name), `stage "${stage.name}"`);
    for (const tp of stage.touchpoints ?? []) assert.ok(text.includes(tp.name), `touchpoint "${tp.name}"`);
  }
}

describe('HTML export', function () {
  this.timeout(30000);
  let renderer: StaticMapRenderer;
  const css = mapEditorCss();
  before(async () => { renderer = await loadStaticRenderer(); });

  for (const sample of sampleMaps()) {
    const view = viewOf(sample.name.replace(/\W+/g, '-'), sample.map);

    it(`HTML parses, holds every stage and touchpoint, and has no script: ${sample.name}`, () => {
      const html = exportHtml(view, { renderer, css, theme: PRINT_THEME });
      const doc = parser.parseFromString(html, 'text/html');
      assert.equal(doc.title, sample.map.title);
      assertNames(doc.body.textContent ?? '', sample.map);
      assert.equal(doc.querySelectorAll('script').length, 0);
      assert.ok(!/\b(src|href)="(?!data:|#)/.test(html), 'no external resource');
      assert.ok(doc.querySelector('style')?.textContent?.includes('--vscode-editor-background: #ffffff'));
    });
  }

  it('inlines icons as SVG, so no icon font is needed', () => {
    const sample = sampleMaps().find((s) => s.name === 'template channels')!;
    const markup = renderer.renderMapMarkup(viewOf('channels', sample.map));
    assert.ok(markup.includes('class="codicon-svg codicon-svg-globe"'), 'the web channel icon');
    assert.ok(!markup.includes('class="codicon codicon-'), 'no font icon left');
  });

  it('gives every --vscode-* variable the CSS reads a print value', () => {
    const rule = themeRule(PRINT_THEME, '.a { color: var(--vscode-foreground); border: 1px solid var(--vscode-someNew-border); }');
    assert.ok(rule.includes('--vscode-foreground: #1f2328;'));
    assert.ok(rule.includes('--vscode-someNew-border: #d0d7de;'));
    assert.deepEqual(variablesUsedBy('x { a: var(--vscode-a-b) var( --vscode-c) }'), ['--vscode-a-b', '--vscode-c']);
  });

  it('drops what would need files beside the page: @font-face, @import and url()', () => {
    assert.equal(selfContainedCss('@import "x.css";@font-face { font-family: c; src: url(./c.ttf) }.a{background:url(a.png)}.b{background:url(data:image/png;base64,AA)}'),
      '.a{background:none}.b{background:url(data:image/png;base64,AA)}');
  });
});
