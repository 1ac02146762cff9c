/**
 * The metrics of an analysed map that name a `source`, each with the ranges its problems are shown at.
 */
import { isMap } from 'yaml';
import { allMetrics } from '../mapMetrics';
import type { Metric, MetricSource } from '../schema';
import { keyRangeOfPath, nodeAtPath, type TextRange } from '../ranges';
import { anchorOfPath } from '../schemaIssues';
import type { Analysis, Path } from '../types';
import type { SourceKey } from './csvSource';

/** One metric with a source, where it is, and where to flag each part of it. */
export interface SourceSpec {
  /** Path of the metric, e.g. ['stages', 0, 'metrics', 1]. */
  path: Path;
  metric: Metric;
  source: MetricSource;
  /** Range of each source key's value; `source` is the `source` key itself. */
  ranges: Record<SourceKey, TextRange>;
  /** Range of the metric's `value` key, when it has one. */
  valueKey?: TextRange;
}

/** Every metric with a `source` (stage and touchpoint metrics), in text order; none when the map has no model. */
export function sourceSpecs(analysis: Analysis): SourceSpec[] {
  const { model, doc } = analysis;
  if (!model || !doc) return [];
  return allMetrics(model).flatMap(({ metric, path }) =>
    (metric.source ? [{ path, metric, source: metric.source, ...rangesOf(analysis, path) }] : []));
}

function rangesOf(analysis: Analysis, path: Path): Pick<SourceSpec, 'ranges' | 'valueKey'> {
  const ctx = { doc: analysis.doc!, text: analysis.text };
  const sourcePath = [...path, 'source'];
  const sourceKey = keyRangeOfPath(ctx.doc, sourcePath) ?? anchorOfPath(ctx, sourcePath);
  const source = nodeAtPath(ctx.doc, sourcePath);
  const at = (key: string): TextRange => (isMap(source) && source.has(key) ? anchorOfPath(ctx, [...sourcePath, key]) : sourceKey);
  const ranges: Record<SourceKey, TextRange> = {
    source: sourceKey, file: at('file'), column: at('column'), 'date-column': at('date-column'), pointer: at('pointer'),
  };
  const valueKey = keyRangeOfPath(ctx.doc, [...path, 'value']) ?? undefined;
  return valueKey ? { ranges, valueKey } : { ranges };
}
