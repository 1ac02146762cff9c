/**
 * The damage that used to send every keystroke to a full parse (an alias typed into or as a value, a tab at the start of
 * a line, with letters typed after it) is answered from the damaged stage, or the stages it runs into, and still
 * gives exactly what the full analysis gives: the oracle is `analyze(text)`, a parse of the whole text.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { generateMapText } from '../../../bench/generateMap';
import { analyze } from '../../../src/core/analyze';
import { IncrementalAnalyzer } from '../../../src/core/incremental/incrementalAnalyzer';
import type { Analysis } from '../../../src/core/types';
import { allStartMaps } from './incrementalSamples';

const FILE = 'journey.cjm.yaml';
const STARTS = [...allStartMaps(), generateMapText(40), generateMapText(120)];

/**
 * Damage left on a line of a stage, then typed on: the line (its `\r` included in a CRLF text) → the text before the
 * letters typed and the text after them, up to the line's `\n`.
 */
const DAMAGE: Record<string, (line: string) => [string, string]> = {
  aliasBeforeValue: (line) => [line.replace(/: /, ': *a '), ''],
  aliasAsValue: (line) => [line.replace(/: .*/, ': *a'), ''],
  anchorBeforeValue: (line) => [line.replace(/: /, ': &a '), ''],
  tabAtLineStart: (line) => [`${line}\n\t`, ''],
  // The new line ends as the text's lines end (CRLF in a CRLF text), with a tab first, or after the spaces before a key.
  tabAtLineStartSameBreak: (line) => [`${line}\n\t`, carriageReturn(line)],
  tabAfterSpacesSameBreak: (line) => [`${line}\n  \t`, carriageReturn(line)],
  tabLineAbove: (line) => [`\t`, `${carriageReturn(line)}\n${line}`],
  tabAfterIndent: (line) => [`${line}\n${/^ */.exec(line)![0]}\t`, ''],
  tabBeforeKey: (line) => [line.replace(/^( *)/, '$1\t'), ''],
};
const KINDS = Object.keys(DAMAGE);

/** The kinds of damage that put a tab at or before the stage items' indentation. */
const TAB_KINDS = ['tabAtLineStart', 'tabAtLineStartSameBreak', 'tabAfterSpacesSameBreak', 'tabLineAbove'];

/**
 * Long maps in several layouts: generated, with CRLF line breaks, with comments at column 0 between the stages and keys
 * after them, and with the stage items at column 0.
 */
const LONG_MAPS = (() => {
  const text = generateMapText(90);
  const commented = `${text.replace(/\n( {2}- id: stage-[0-9]*[13579]\n)/g, '\n# odd stage\n$1')}# the end\nextra: x\n`;
  const stagesAt = text.indexOf('\nstages:\n') + '\nstages:\n'.length;
  const flat = text.slice(0, stagesAt) + text.slice(stagesAt).replace(/^ {2}/gm, '');
  return [text, text.replace(/\n/g, '\r\n'), commented, flat];
})();

function carriageReturn(line: string): string {
  return line.endsWith('\r') ? '\r' : '';
}

function essentials(analysis: Analysis) {
  return { text: analysis.text, model: analysis.model, problems: analysis.problems, index: analysis.index, mapId: analysis.mapId };
}

/** The start offsets of the lines after the `stages:` line (the lines of the stage blocks and any suffix). */
function stageLineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('\n', text.indexOf('\nstages:') + 1); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The texts a person makes by damaging the line at `lineStart` with `kind` and typing `word` after the damage, a
 * letter at a time (the damage alone first).
 */
function damagedTexts(text: string, lineStart: number, kind: string, word: string): string[] {
  const newline = text.indexOf('\n', lineStart);
  const lineEnd = newline < 0 ? text.length : newline;
  const [before, after] = DAMAGE[kind](text.slice(lineStart, lineEnd));
  return Array.from({ length: word.length + 1 },
    (_, typed) => text.slice(0, lineStart) + before + word.slice(0, typed) + after + text.slice(lineEnd));
}

describe('incremental analysis of damage typed into a stage', () => {
  it('gives exactly the full analysis after an alias or a tab and each letter typed after it, mostly from the damaged stage', function () {
    this.timeout(240000);
    const counts = Object.fromEntries(KINDS.map((kind) => [kind, { incremental: 0, all: 0, resumed: 0 }]));
    // The same number of cases for each kind of damage (at least two keystrokes each), so each ratio below rests on
    // at least 100 keystrokes whatever the seed.
    const runsPerKind = Math.ceil(Number(process.env.CJM_DAMAGE_RUNS ?? 300) / KINDS.length);
    for (const kind of KINDS) {
      fc.assert(fc.property(fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 5 }), (which, where, word) => {
        const text = STARTS[which % STARTS.length];
        const starts = stageLineStarts(text);
        const lineStart = starts[where % starts.length];
        const analyzer = new IncrementalAnalyzer({ fileName: FILE });
        analyzer.analyze(text);
        for (const next of damagedTexts(text, lineStart, kind, word)) {
          const incremental = analyzer.analyze(next);
          counts[kind].all++;
          if (analyzer.stats.mode === 'incremental') counts[kind].incremental++;
          assert.equal(analyzer.stats.failure, undefined, 'a failure of the incremental path');
          if (analyzer.stats.tailDistance) counts[kind].resumed++;
          assert.deepStrictEqual(essentials(incremental), essentials(analyze(next, { fileName: FILE })));
        }
      }), { numRuns: runsPerKind });
    }
    for (const kind of KINDS) assert.ok(counts[kind].all >= 100, `${kind}: only ${counts[kind].all} keystrokes checked`);
    // Measured over many seeds: 0.5 to 0.9 of a kind's keystrokes (the rest damage a stage's last line, whose parse
    // reads on into the next stage or the suffix; a seed that picks many of those lowers one kind's share), and
    // about three quarters of all of them. Bounds that hold whatever the seed, and fail when a kind stops being bounded.
    let incremental = 0;
    let all = 0;
    for (const kind of KINDS) {
      assert.ok(counts[kind].incremental / counts[kind].all > 0.3, `${kind}: incremental for only ${counts[kind].incremental} of ${counts[kind].all} keystrokes`);
      incremental += counts[kind].incremental;
      all += counts[kind].all;
    }
    assert.ok(incremental / all > 0.6, `incremental for only ${incremental} of ${all} keystrokes of damage`);
  });

  it('finds the errors of a tab at a line start in a long map from a short text, exactly as the full analysis', function () {
    this.timeout(240000);
    const counts = { all: 0, broken: 0, resumed: 0 };
    fc.assert(fc.property(fc.nat(), fc.nat(), fc.constantFrom(...TAB_KINDS), fc.string({ minLength: 1, maxLength: 4 }), (which, where, kind, word) => {
      const text = LONG_MAPS[which % LONG_MAPS.length];
      const starts = stageLineStarts(text);
      // A line in the first two thirds of the stages: several stages follow it.
      const lineStart = starts[where % Math.floor((starts.length * 2) / 3)];
      const analyzer = new IncrementalAnalyzer({ fileName: FILE });
      analyzer.analyze(text);
      for (const next of damagedTexts(text, lineStart, kind, word)) {
        const incremental = analyzer.analyze(next);
        const full = analyze(next, { fileName: FILE });
        counts.all++;
        if (full.model === null) counts.broken++;
        if (analyzer.stats.tailDistance) counts.resumed++;
        assert.deepStrictEqual(essentials(incremental), essentials(full));
      }
    }), { numRuns: Number(process.env.CJM_TAB_RUNS ?? 150) });
    assert.ok(counts.resumed / counts.broken > 0.5, `a short text for only ${counts.resumed} of ${counts.broken} broken texts`);
  });
});
