/**
 * Building problems: a code, a range and a message; the severity comes from the code.
 */
import { PROBLEM_SEVERITY, type ProblemCode } from './problemCodes';
import type { TextRange } from './ranges';
import type { Path, Problem, RelatedPlace } from './types';

/** Optional parts of a problem. */
export interface ProblemExtras {
  path?: Path;
  suggestion?: string;
  related?: RelatedPlace[];
}

/** A problem with the severity of its code. */
export function makeProblem(code: ProblemCode, range: TextRange, message: string, extras: ProblemExtras = {}): Problem {
  const problem: Problem = { offset: range.offset, length: range.length, severity: PROBLEM_SEVERITY[code], code, message };
  if (extras.path) problem.path = extras.path;
  if (extras.suggestion !== undefined) problem.suggestion = extras.suggestion;
  if (extras.related) problem.related = extras.related;
  return problem;
}

/** ` Did you mean "x"?` or nothing. */
export function didYouMeanText(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
}

/** A short, quoted rendering of a value for a message (long text is cut). */
export function quote(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(cut);
}

/** How a value reads in a message: `text "abc"`, `the number 3`, `a list`... */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}
