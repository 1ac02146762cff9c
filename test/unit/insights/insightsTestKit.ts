/**
 * Helpers for insight tests: findings of a text under a config, and exact-range assertions written against the
 * text itself (see spanOf).
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import type { InsightConfig } from '../../../src/core/insights/config';
import { runInsights } from '../../../src/core/insights/runInsights';
import { resolveSettings } from '../../../src/core/insights/settings';
import type { Problem } from '../../../src/core/types';
import { spanOf } from '../core/analyzeTestKit';

/** The fixed "today" of every insight test. */
export const TODAY = new Date('2026-05-01T12:00:00Z');

/** Findings of a map text (which must be valid) under a config. */
export function findingsOf(text: string, config: InsightConfig = {}): Problem[] {
  const analysis = analyze(text, { fileName: 'test.cjm.yaml' });
  assert.deepEqual(analysis.problems.filter((p) => p.severity === 'error'), [], 'the test map must be valid');
  return runInsights(analysis, resolveSettings(config, TODAY));
}

/** Findings of one code. */
export function findingsWithCode(text: string, code: string, config: InsightConfig = {}): Problem[] {
  return findingsOf(text, config).filter((p) => p.code === code);
}

/** One finding, as [range text marked by pattern, message] pairs are compared. */
export interface Expected {
  pattern: string;
  message: string;
  severity?: string;
}

/** Asserts exactly these findings of `code`, in text order, with exact ranges (see spanOf) and messages. */
export function expectFindings(text: string, code: string, expected: Expected[], config: InsightConfig = {}): void {
  const found = findingsWithCode(text, code, config);
  assert.deepEqual(
    found.map((p) => ({ offset: p.offset, length: p.length, message: p.message, ...(expected.some((e) => e.severity) ? { severity: p.severity } : {}) })),
    expected.map((e) => ({ ...spanOf(text, e.pattern), message: e.message, ...(e.severity ? { severity: e.severity } : {}) })),
  );
}

/** Asserts no finding of `code`. */
export function expectNone(text: string, code: string, config: InsightConfig = {}): void {
  assert.deepEqual(findingsWithCode(text, code, config), []);
}
