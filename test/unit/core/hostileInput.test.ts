import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isAlias, parseDocument, visit, type Document } from 'yaml';
import { longId, manyAliases, manyBadLaneValues, manyDuplicateIds, manyProblems, manyUnknownChannels, manyUnknownKeys, unclosedBraces } from '../../../bench/hostileMaps';
import { MAX_PROBLEMS, analyze } from '../../../src/core/analyze';
import { editDistance } from '../../../src/core/didYouMean';
import { parseMapDocument } from '../../../src/core/parseMap';
import { AliasError, plainData } from '../../../src/core/plainData';
import type { Analysis } from '../../../src/core/types';

/** Textbook optimal-string-alignment distance over the whole table: the oracle for the banded one. */
function textbookDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Whether plain data refers back to itself (yaml's toJS builds such values for an alias inside its anchor). */
/**
 * True when an alias stands inside the node it names (`&b {k: *b}`): a loop in the text, reported as one even where
 * yaml's own toJS drops it (a merge key whose keys are all overridden).
 */
function aliasInsideItsAnchor(doc: Document.Parsed): boolean {
  let inside = false;
  visit(doc, {
    Alias: (_key, alias) => {
      const target = alias.resolve(doc);
      const [from, to] = [alias.range?.[0] ?? -1, target?.range?.[1] ?? -1];
      if (isAlias(alias) && target?.range && from >= target.range[0] && from < to) inside = true;
    },
  });
  return inside;
}

function hasCycle(value: unknown, open = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (open.has(value)) return true;
  open.add(value);
  const found = Object.values(value).some((child) => hasCycle(child, open));
  open.delete(value);
  return found;
}

/** Every message short, and at most MAX_PROBLEMS problems plus one that counts the rest. */
function assertBounded(analysis: Analysis, expectedProblems: number): void {
  const shown = Math.min(expectedProblems, MAX_PROBLEMS);
  assert.equal(analysis.problems.length, expectedProblems > MAX_PROBLEMS ? shown + 1 : shown);
  for (const p of analysis.problems) assert.ok(p.message.length <= 400, `${p.code}: ${p.message.length} characters`);
  if (expectedProblems > MAX_PROBLEMS) {
    const last = analysis.problems[analysis.problems.length - 1];
    assert.equal(last.code, 'too-many-problems');
    const more = expectedProblems - MAX_PROBLEMS;
    assert.equal(last.message, `… and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'}: a file lists at most 1,000. Fix these to see the rest.`);
  }
}

const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });

describe('analysis of hostile shapes is bounded', () => {
  it('the banded edit distance equals the textbook one up to its limit', function () {
    this.timeout(60000);
    fc.assert(fc.property(letters, letters, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
      assert.equal(editDistance(a, b, limit), Math.min(textbookDistance(a, b), limit + 1));
    }), { numRuns: 3000 });
  });

  it('long ids: a reference one letter off a very long id gets that id as its did-you-mean, in a short message', function () {
    this.timeout(60000);
    fc.assert(fc.property(fc.integer({ min: 1000, max: 200_000 }), fc.nat(), fc.nat(), (length, seed, at) => {
      const id = longId(length, seed);
      const i = at % length;
      const typo = `${id.slice(0, i)}${id[i] === 'z' ? 'y' : 'z'}${id.slice(i + 1)}`;
      const text = `cjm: 1\ntitle: T\nchannels:\n  - {id: ${id}, name: C}\nstages:\n  - id: s\n    name: S\n    touchpoints:\n`
        + `      - {id: t, name: T, channel: ${id}}\n      - {id: u, name: U, channel: ${typo}}\n`;
      const problems = analyze(text).problems;
      assert.deepEqual(problems.map((p) => [p.code, p.suggestion === id, text.slice(p.offset, p.offset + p.length) === typo]),
        [['unknown-channel', true, true]]);
      assert.ok(problems[0].message.length <= 300, String(problems[0].message.length));
    }), { numRuns: 12 });
  });

  it('many ids: every unknown reference and unused channel is counted, messages list five ids and "… and N more"', function () {
    this.timeout(120000);
    fc.assert(fc.property(fc.integer({ min: 6, max: 3000 }), (count) => {
      const analysis = analyze(manyUnknownChannels(count));
      assertBounded(analysis, 2 * count);
      const unknown = analysis.problems.filter((p) => p.code === 'unknown-channel');
      assert.ok(unknown.length > 0);
      for (const p of unknown) assert.match(p.message, new RegExp(`Declared channels: c0, c1, c2, c3, c4 … and ${(count - 5).toLocaleString('en-US')} more\\.`));
    }), { numRuns: 8 });
  });

  it('many keys: each unknown key is flagged at its own key', function () {
    this.timeout(120000);
    fc.assert(fc.property(fc.integer({ min: 1, max: 20_000 }), (count) => {
      const text = manyUnknownKeys(count);
      const analysis = analyze(text);
      assertBounded(analysis, count + 1);
      for (const p of analysis.problems.filter((x) => x.code === 'unknown-key')) {
        assert.equal(text.slice(p.offset, p.offset + p.length), String(p.path?.[0]));
      }
    }), { numRuns: 8 });
  });

  it('many keys with wrong values: each flagged at its own value', function () {
    this.timeout(120000);
    fc.assert(fc.property(fc.integer({ min: 1, max: 20_000 }), (count) => {
      const text = manyBadLaneValues(count);
      const analysis = analyze(text);
      assertBounded(analysis, count);
      for (const p of analysis.problems.filter((x) => x.code === 'wrong-type')) {
        assert.equal(text.slice(text.lastIndexOf('\n', p.offset) + 1, p.offset + p.length), `      ${String(p.path?.[3])}: x`);
      }
    }), { numRuns: 6 });
  });

  it('many aliases: a touchpoint naming thousands of personas through aliases reads them all, with no problem', function () {
    this.timeout(120000);
    fc.assert(fc.property(fc.integer({ min: 1, max: 20_000 }), (count) => {
      const analysis = analyze(manyAliases(count));
      assert.deepEqual(analysis.problems, []);
      assert.deepEqual(analysis.model?.stages[0].touchpoints?.[0].personas, Array.from({ length: count }, (_, i) => `p${i}`));
    }), { numRuns: 6 });
  });

  it('many duplicates: each duplicate gets its own free id, never one already declared', function () {
    this.timeout(120000);
    fc.assert(fc.property(fc.integer({ min: 2, max: 800 }), (count) => {
      const analysis = analyze(manyDuplicateIds(count));
      const suggestions = analysis.problems.filter((p) => p.code === 'duplicate-id').map((p) => p.suggestion);
      assert.equal(suggestions.length, Math.min(count - 1, MAX_PROBLEMS));
      assert.equal(new Set(suggestions).size, suggestions.length);
      const declared = new Set(['x', ...Array.from({ length: count }, (_, i) => `x-${i + 2}`)]);
      for (const s of suggestions) assert.ok(!declared.has(String(s)), String(s));
    }), { numRuns: 8 });
  });

  it('many problems: capped, errors kept before warnings, no stack overflow', function () {
    this.timeout(120000);
    for (const count of [999, 1000, 1001, 150_000]) assertBounded(analyze(manyProblems(count)), count);
    const braces = analyze(unclosedBraces(60_000)).problems;
    // How many errors yaml reports before it gives up on the depth depends on the stack it has: bound, not count.
    assert.ok(braces.length <= MAX_PROBLEMS + 1, String(braces.length));
    assert.deepEqual([...new Set(braces.map((p) => p.code))].filter((c) => !['yaml-syntax', 'nesting-too-deep', 'too-many-problems'].includes(c)), []);
    // 1,200 unused channels (warnings) before one unknown channel (an error): the error is among those shown.
    const channels = Array.from({ length: 1200 }, (_, i) => `  - {id: c${i}, name: C}\n`).join('');
    const warningsFirst = `cjm: 1\ntitle: T\nchannels:\n${channels}stages:\n  - id: s\n    name: S\n    touchpoints:\n      - {id: t, name: T, channel: nope}\n`;
    const codes = analyze(warningsFirst).problems.map((p) => p.code);
    assert.deepEqual([codes.indexOf('unknown-channel') >= 0, codes.filter((c) => c === 'unused-channel').length, codes[MAX_PROBLEMS]],
      [true, MAX_PROBLEMS - 1, 'too-many-problems']);
    assert.equal(codes.length, MAX_PROBLEMS + 1);
  });
});

describe('the linear parse agrees with yaml', () => {
  const key = fc.constantFrom('a', '"a"', "'a'", '1', '"1"', '01', 'true', '~', 'null', '', '.nan', '[a]', '? a\n', '&x a', '*x');

  it('duplicate keys: the same DUPLICATE_KEY errors as yaml\'s own check', function () {
    this.timeout(60000);
    fc.assert(fc.property(fc.array(key, { maxLength: 8 }), fc.boolean(), (keys, flow) => {
      const lines = keys.map((k, i) => (k.startsWith('?') ? `${k}: ${i}` : `${k}: ${i}`));
      const text = flow ? `{${lines.join(', ').replace(/\n/g, ' ')}}\n` : `${lines.join('\n')}\n`;
      const yamlOwn = parseDocument(text, { uniqueKeys: true }).errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
      const ours = parseMapDocument(text).errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
      assert.deepEqual(ours, yamlOwn, JSON.stringify(text));
    }), { numRuns: 1500 });
  });

  it('plain data: the same as yaml\'s toJS, anchors and aliases included', function () {
    this.timeout(60000);
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.constantFrom('1', 'x', '~', '"q"', '2.5', '*a', '*b'),
        fc.tuple(fc.constantFrom('&a ', '&b ', ''), fc.array(tie('node'), { maxLength: 3 })).map(([anchor, items]) => `${anchor}[${items.join(', ')}]`),
        fc.tuple(fc.constantFrom('&a ', '&b ', ''), fc.array(fc.tuple(fc.constantFrom('k', 'l', '1', 'toString', '__proto__', '!!merge <<'), tie('node')), { maxLength: 3 }))
          .map(([anchor, pairs]) => `${anchor}{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`)),
    })).node;
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (values) => {
      const text = `[${values.join(', ')}]\n`;
      const doc = parseMapDocument(text);
      if (doc.errors.length > 0) return;
      let expected: unknown;
      try {
        expected = doc.toJS({ maxAliasCount: -1 });
      } catch {
        return; // an alias before its anchor or inside it: reported as a problem, compared elsewhere
      }
      if (hasCycle(expected) || aliasInsideItsAnchor(doc)) assert.throws(() => plainData(doc), AliasError, text);
      else assert.deepEqual(plainData(doc), expected, text);
    }), { numRuns: 1500 });
  });
});
