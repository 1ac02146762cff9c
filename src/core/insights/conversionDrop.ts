/** `conversion-drop`: a stage keeps too little of a metric that an earlier stage also measures (a funnel leak). */
import * as z from 'zod';
import { conversionRatio, earlierStageMetric } from '../metricConversion';
import { quote } from '../problems';
import type { CjmMap } from '../schema';
import { formatMetricValue } from './metricOffTarget';
import { defineRule, type RuleFinding } from './ruleTypes';

/** A ratio as a percentage for a message: `40%`, `33.3%`. */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

const options = z.strictObject({
  'min-conversion': z.number().min(0).max(1).default(0.5)
    .describe('Smallest share (0..1) of the earlier stage\'s value a stage must keep; less is a conversion drop. Default 0.5.'),
});

function check(map: CjmMap, minConversion: number): RuleFinding[] {
  const findings: RuleFinding[] = [];
  map.stages.forEach((stage, i) => (stage.metrics ?? []).forEach((metric, k) => {
    const earlier = earlierStageMetric(map.stages, i, metric.id);
    const ratio = earlier && conversionRatio(earlier.metric, metric);
    if (ratio === undefined || ratio >= minConversion) return;
    const from = map.stages[earlier!.stageIndex];
    findings.push({ path: ['stages', i, 'metrics', k, 'value'], anchor: 'value',
      message: `Metric ${quote(metric.name)} keeps ${percent(ratio)} from stage ${quote(from.name)} (${formatMetricValue(earlier!.metric.value!, earlier!.metric.unit)}) to stage ${quote(stage.name)} (${formatMetricValue(metric.value!, metric.unit)}), less than the minimum conversion of ${percent(minConversion)}.` });
  }));
  return findings;
}

/** The rule. */
export const conversionDrop = defineRule({
  code: 'conversion-drop',
  defaultSeverity: 'info',
  summary: 'A stage metric keeps less than min-conversion (default 0.5) of the same metric in the stage before that measures it.',
  options,
  check: (map, { options: o }) => check(map, o['min-conversion']),
});
