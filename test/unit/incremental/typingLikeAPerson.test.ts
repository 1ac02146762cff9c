/**
 * Incremental analysis against the full one while text is typed the way a person types it: key by key at the
 * places people type (after `key: `, at the end of a line, on a fresh line with the line's indentation), with
 * quotes and brackets left open, keys half typed, blocks pasted, lines deleted and characters erased with
 * backspace. Every intermediate text is checked: the oracle is `analyze(text)`, a parse of the whole text.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { IncrementalAnalyzer } from '../../../src/core/incremental/incrementalAnalyzer';
import type { Analysis } from '../../../src/core/types';
import { allStartMaps } from './incrementalSamples';

const FILE = 'journey.cjm.yaml';
const STARTS = allStartMaps();

/** What people type: values with quotes and brackets left open or closed, keys, items, anchors, tabs. */
const TYPED = ["'Half", '"Half', "'it''s", '"esc \\"q\\"', "'closed' x", '[a, b', '[a, b]', '{ anna: 1', '{ anna: 1 }',
  'chan', 'channel: web', 'personas: [anna', 'emotion: -', '- id: new', '- ', '&a x', '*a', '!!str x', '\tname: T',
  '\tQuick', '# note', 'description: |', 'description: >-', 'key: "multi', '- { id: s9, name: S, touchpoints: [] }', 'ж', '😀'];

/** Blocks people paste: a stage, a touchpoint, a flow stage, text with an open quote, a block with a tab. */
const PASTED = ['  - id: pasted\n    name: Pasted\n    touchpoints: []\n',
  '      - id: tp-pasted\n        name: "Pasted\n        channel: web\n',
  '  - { id: flow, name: Flow }\n', "    description: 'line one\n      line two\n", '\tbroken: tab\n',
  '  - id: anchored\n    name: &nm Anchored\n  - id: aliased\n    name: *nm\n', 'lanes:\n  - id: l\n    name: L\n'];

type Step =
  | { kind: 'type'; spot: number; where: 'afterColon' | 'lineEnd' | 'newLine' | 'bareNewLine' | 'lineStart'; typed: string }
  | { kind: 'backspace'; spot: number; count: number }
  | { kind: 'paste'; spot: number; block: string }
  | { kind: 'deleteLines'; spot: number; count: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('type' as const), spot: fc.nat(), typed: fc.constantFrom(...TYPED),
    where: fc.constantFrom('afterColon' as const, 'lineEnd' as const, 'newLine' as const, 'bareNewLine' as const, 'lineStart' as const) }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('backspace' as const), spot: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('paste' as const), spot: fc.nat(), block: fc.constantFrom(...PASTED) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('deleteLines' as const), spot: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }), weight: 2 },
);

/** Start offsets of the lines of `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineEndAt(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  const end = newline < 0 ? text.length : newline;
  return end > start && text[end - 1] === '\r' ? end - 1 : end;
}

/** Where a `type` step puts the caret, and the text it types there (a new line repeats the line's indentation, a bare one does not). */
function caret(text: string, lineStart: number, where: Step & { kind: 'type' }): { at: number; typed: string } {
  const end = lineEndAt(text, lineStart);
  const line = text.slice(lineStart, end);
  if (where.where === 'afterColon') {
    const colon = line.indexOf(': ');
    return { at: colon < 0 ? end : lineStart + colon + 2, typed: where.typed };
  }
  if (where.where === 'newLine' || where.where === 'bareNewLine') {
    // A bare new line starts at column 0 (a tab typed there is a tab at the start of the line).
    const indent = where.where === 'newLine' ? /^[ -]*/.exec(line)![0].replace('-', ' ') : '';
    return { at: end, typed: `${text.includes('\r\n') ? '\r\n' : '\n'}${indent}${where.typed}` };
  }
  return { at: where.where === 'lineEnd' ? end : lineStart + (/^ */.exec(line)![0].length), typed: where.typed };
}

/** Every text a person passes through while doing `s` to `text`, one per keystroke (paste and delete: one). */
function keystrokes(text: string, s: Step): string[] {
  const starts = lineStarts(text);
  const lineStart = starts[s.spot % starts.length];
  switch (s.kind) {
    case 'type': {
      const { at, typed } = caret(text, lineStart, s);
      const keys = [...typed];
      return keys.map((_, i) => text.slice(0, at) + keys.slice(0, i + 1).join('') + text.slice(at));
    }
    case 'backspace': {
      const at = lineEndAt(text, lineStart);
      return Array.from({ length: Math.min(s.count, at) }, (_, i) => text.slice(0, at - i - 1) + text.slice(at));
    }
    case 'paste':
      return [text.slice(0, lineStart) + s.block + text.slice(lineStart)];
    case 'deleteLines': {
      const index = s.spot % starts.length;
      const end = index + s.count < starts.length ? starts[index + s.count] : text.length;
      return [text.slice(0, lineStart) + text.slice(end)];
    }
  }
}

function essentials(analysis: Analysis) {
  return { text: analysis.text, model: analysis.model, problems: analysis.problems, index: analysis.index, mapId: analysis.mapId };
}

describe('incremental analysis while a person types', () => {
  it('gives exactly the full analysis after every keystroke of typing, pasting, erasing and deleting lines', function () {
    this.timeout(240000);
    const counts = { incremental: 0, all: 0 };
    fc.assert(fc.property(fc.nat(), fc.array(step, { minLength: 1, maxLength: 8 }), (which, steps) => {
      let text = STARTS[which % STARTS.length];
      const analyzer = new IncrementalAnalyzer({ fileName: FILE });
      analyzer.analyze(text);
      for (const s of steps) {
        for (const next of keystrokes(text, s)) {
          const incremental = analyzer.analyze(next);
          counts.all++;
          if (analyzer.stats.mode === 'incremental') counts.incremental++;
          // A failure of the incremental path falls back to the full analysis: right, but a bug all the same.
          assert.equal(analyzer.stats.failure, undefined);
          assert.deepStrictEqual(essentials(incremental), essentials(analyze(next, { fileName: FILE })));
          text = next;
        }
      }
    }), { numRuns: Number(process.env.CJM_TYPING_RUNS ?? 200) });
    assert.ok(counts.all >= 1500, `only ${counts.all} keystrokes checked`);
    // Measured over 16 seeds: 0.28 to 0.41 of the keystrokes (0.42 to 0.47 without the steps that type a tab at a
    // line start, which in these short maps take the whole text; 0.3 failed now and then). A bound with room for a
    // seed's luck that still fails when the incremental path stops being taken.
    assert.ok(counts.incremental / counts.all > 0.2, `incremental for ${counts.incremental} of ${counts.all}`);
  });
});
