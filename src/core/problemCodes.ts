/**
 * Every problem code the analysis reports, with its severity. Codes are stable: tools and users match on them.
 */
import type { Severity } from './types';

/** Problem code → severity. */
export const PROBLEM_SEVERITY = {
  'empty-file': 'error',
  'binary-content': 'error',
  'invalid-utf8': 'warning',
  'file-too-large': 'error',
  'yaml-syntax': 'error',
  'yaml-warning': 'warning',
  'duplicate-key': 'error',
  'nesting-too-deep': 'error',
  'too-many-aliases': 'error',
  'unknown-anchor': 'error',
  'not-a-map': 'error',
  'analysis-failed': 'error',
  'missing-key': 'error',
  'unknown-key': 'error',
  'wrong-type': 'error',
  'invalid-value': 'error',
  'unsupported-version': 'error',
  'invalid-id': 'error',
  'invalid-emotion': 'error',
  'duplicate-id': 'error',
  'unknown-channel': 'error',
  'unknown-persona': 'error',
  'unknown-lane': 'error',
  'empty-stage': 'warning',
  'unused-channel': 'warning',
  'unused-persona': 'warning',
  'too-many-problems': 'info',
  'value-and-source': 'error',
  'data-file-missing': 'error',
  'data-file-outside-workspace': 'error',
  'data-file-invalid': 'error',
  'data-column-missing': 'error',
  'data-not-a-number': 'error',
  'data-not-a-date': 'error',
  'data-pointer-missing': 'error',
  'unknown-insight-code': 'warning',
  'unknown-journey': 'error',
  'unknown-shared-persona': 'error',
  'invalid-image': 'error',
  'image-missing': 'warning',
  'image-too-large': 'warning',
} as const satisfies Record<string, Severity>;

/** A stable problem code. */
export type ProblemCode = keyof typeof PROBLEM_SEVERITY;

/** Every problem code, in the order the README lists them. */
export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITY) as ProblemCode[];
