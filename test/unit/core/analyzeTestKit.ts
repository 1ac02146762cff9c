/**
 * Helpers for analysis tests: a valid base map, and exact-range assertions written against the text itself.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import type { Problem } from '../../../src/core/types';

/** A small valid map every test mutates. */
export const BASE = `cjm: 1
title: Shop
personas:
  - id: anna
    name: Anna
channels:
  - id: web
    name: Website
  - id: app
    name: App
lanes:
  - id: questions
    name: Questions
stages:
  - id: discover
    name: Discover
    emotion: 1
    lanes:
      questions: [Where is it?]
    touchpoints:
      - id: ad
        name: Search ad
        channel: web
        personas: [anna]
        emotion: { anna: 1 }
      - id: shop-app
        name: App
        channel: app
`;

/** Replaces exactly one occurrence of `from` in `text` (fails the test when it is not there exactly once). */
export function edit(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `expected exactly one ${JSON.stringify(from)} in the text`);
  return text.replace(from, () => to);
}

/** The offset of the `nth` (0-based) occurrence of `needle`. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${JSON.stringify(needle)} occurs fewer than ${nth + 1} times`);
  }
  return offset;
}

/** Problems of `text`, as returned by analyze. */
export function problemsOf(text: string): Problem[] {
  return analyze(text, { fileName: 'test.cjm.yaml' }).problems;
}

/**
 * The range a pattern marks: the pattern (without its «» marks) must occur exactly once in the text; the range is
 * the part between « and », or the whole pattern when it has no marks.
 */
export function spanOf(text: string, pattern: string): { offset: number; length: number } {
  const plain = pattern.replace(/[«»]/g, '');
  assert.equal(text.split(plain).length, 2, `expected exactly one ${JSON.stringify(plain)} in the text`);
  const open = pattern.indexOf('«');
  if (open < 0) return { offset: text.indexOf(plain), length: plain.length };
  return { offset: text.indexOf(plain) + open, length: pattern.indexOf('»') - open - 1 };
}

/** Asserts the text has exactly one problem and it has this code, range (marked by `pattern`, see spanOf) and message. */
export function expectOnly(text: string, code: string, pattern: string, message: string): Problem {
  const problems = problemsOf(text);
  assert.deepEqual(problems.map((p) => p.code), [code], JSON.stringify(problems, null, 1));
  const [problem] = problems;
  assert.deepEqual({ offset: problem.offset, length: problem.length }, spanOf(text, pattern));
  assert.equal(problem.message, message);
  return problem;
}

/** Asserts the text has exactly one problem with this code, with this range (marked by `pattern`) and message. */
export function expectProblem(text: string, code: string, pattern: string, message: string): Problem {
  const problems = problemsOf(text).filter((p) => p.code === code);
  assert.equal(problems.length, 1, JSON.stringify(problemsOf(text), null, 1));
  assert.deepEqual({ offset: problems[0].offset, length: problems[0].length }, spanOf(text, pattern));
  assert.equal(problems[0].message, message);
  return problems[0];
}
