/**
 * Building problems: a code, a range and a message; the severity comes from the code.
 */
import { formatLocalNumber, t } from './l10n/translate';
import { PROBLEM_SEVERITY, type ProblemCode } from './problemCodes';
import type { TextRange } from './ranges';
import type { IdKind, Path, Problem, RelatedPlace } from './types';

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

/** ` Did you mean "x"?` or nothing (a long suggestion is cut in the message; the quick fix has it whole). */
export function didYouMeanText(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` ${t('Did you mean "{0}"?', cut(suggestion))}`;
}

/** A value cut to at most 60 characters for a message. */
export function cut(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

/** A short, quoted rendering of a value for a message (long text is cut). */
export function quote(value: string): string {
  return JSON.stringify(cut(value));
}

/** How many names a message lists before "… and N more". */
export const MAX_LISTED_NAMES = 5;

/** `a, b, c` or, for a long list, its first few names (each cut) and `… and 1,995 more` (in the active language). */
export function listSome(names: readonly string[]): string {
  const listed = names.slice(0, MAX_LISTED_NAMES).map(cut).join(', ');
  const more = names.length - MAX_LISTED_NAMES;
  return more > 0 ? t('{0} … and {1} more', listed, formatLocalNumber(more)) : listed;
}

/**
 * How a value reads in a message, as a phrase that stands alone (translations put it after a colon, so it never
 * needs a grammatical case): `text "abc"`, `the number 3`, `a list`...
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return t('nothing');
  if (value === null) return t('an empty value');
  if (typeof value === 'string') return t('text {0}', quote(value));
  if (typeof value === 'number') return t('the number {0}', String(value));
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return t('a list');
  return t('a mapping');
}

/** The name of a kind of object in a message (`stage`), in the active language. */
export function kindName(kind: IdKind | 'backstage' | 'source'): string {
  switch (kind) {
    case 'map': return t('map');
    case 'stage': return t('stage');
    case 'touchpoint': return t('touchpoint');
    case 'persona': return t('persona');
    case 'channel': return t('channel');
    case 'lane': return t('lane');
    case 'metric': return t('metric');
    case 'backstage': return t('backstage');
    case 'source': return t('source');
  }
}
