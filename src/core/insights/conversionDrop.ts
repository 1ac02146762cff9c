/** `conversion-drop`: a stage keeps too little of a metric that an earlier stage also measures (a funnel leak). */
import { formatLocalNumber, t } from '../l10n/translate';
import * as z from 'zod';
import { conversionRatio, earlierStageMetric } from '../metricConversion';
import { quote } from '../problems';
import type { CjmMap } from '../schema';
import { formatMetricValue } from './metricOffTarget';
import { defineRule, type RuleFinding } from './ruleTypes';

/** A ratio as a percentage for a message: `40%`, `33.3%`. */
export function percent(ratio: number): string {
  return formatLocalNumber(Math.round(ratio * 1000) / 1000, { style: 'percent', maximumFractionDigits: 1 });
}

/** The meaning of each option, in the active language (English when the schema is built, at load). */
const optionHelp = {
  'min-conversion': () => t('Smallest share (0..1) of the earlier stage’s value a stage must keep; less is a conversion drop. Default 0.5.'),
};

const options = z.strictObject({
  'min-conversion': z.number().min(0).max(1).default(0.5)
    .describe(optionHelp['min-conversion']()),
});

function check(map: CjmMap, minConversion: number): RuleFinding[] {
  const findings: RuleFinding[] = [];
  map.stages.forEach((stage, i) => (stage.metrics ?? []).forEach((metric, k) => {
    const earlier = earlierStageMetric(map.stages, i, metric.id);
    const ratio = earlier && conversionRatio(earlier.metric, metric);
    if (ratio === undefined || ratio >= minConversion) return;
    const from = map.stages[earlier!.stageIndex];
    findings.push({ path: ['stages', i, 'metrics', k, 'value'], anchor: 'value',
      message: t('Metric {0} keeps {1} from stage {2} ({3}) to stage {4} ({5}), less than the minimum conversion of {6}.', quote(metric.name), percent(ratio), quote(from.name),
        formatMetricValue(earlier!.metric.value!, earlier!.metric.unit), quote(stage.name), formatMetricValue(metric.value!, metric.unit), percent(minConversion)) });
  }));
  return findings;
}

/** The rule. */
export const conversionDrop = defineRule({
  code: 'conversion-drop',
  defaultSeverity: 'info',
  get summary() {
    return t('A stage metric keeps less than min-conversion (default 0.5) of the same metric in the stage before that measures it.');
  },
  options,
  optionHelp,
  check: (map, { options: o }) => check(map, o['min-conversion']),
});
