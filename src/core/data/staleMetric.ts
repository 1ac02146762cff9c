/**
 * The `stale-metric` check: a metric whose latest dated row is older than `max-age` days (default 35). Pure;
 * the insights registry runs it with its configured severity (info by default).
 */
import { makeProblem, quote } from '../problems';
import type { Analysis, Problem } from '../types';
import { dayNumber, todayNumber } from './dates';
import { sourceSpecs } from './sourceSpecs';
import type { DataResolution } from './types';

/** Default `max-age` of the stale-metric check, in days. */
export const DEFAULT_MAX_AGE_DAYS = 35;

/** Options of the stale-metric check. */
export interface StaleMetricOptions {
  /** Days after which the latest row is stale (default 35). */
  maxAgeDays?: number;
  /** The current time in milliseconds (default Date.now()). */
  now?: number;
}

/** One `stale-metric` problem (at the metric's `source` key) for each metric whose latest date is too old. */
export function staleMetricFindings(analysis: Analysis, resolution: DataResolution, options: StaleMetricOptions = {}): Problem[] {
  const maxAge = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  const today = todayNumber(options.now);
  const findings: Problem[] = [];
  for (const spec of sourceSpecs(analysis)) {
    const date = resolution.metrics[spec.path.join('.')]?.date;
    const day = date === undefined ? null : dayNumber(date);
    if (day === null || today - day <= maxAge) continue;
    findings.push(makeProblem('stale-metric', spec.ranges.source,
      `Metric ${quote(spec.metric.id)} is stale: its latest row in ${quote(spec.source.file)} is dated ${date}, ${today - day} days ago (more than ${maxAge}).`,
      { path: [...spec.path, 'source'] }));
  }
  return findings;
}
