/** `metric-off-target`: a metric's value is worse than its target (lower, or higher when `better: lower`). */
import { t } from '../l10n/translate';
import { quote } from '../problems';
import { allMetrics } from '../mapMetrics';
import type { CjmMap, Metric } from '../schema';
import { defineRule, type RuleFinding } from './ruleTypes';

/** A metric value as a message shows it: `32%`, `12000 sessions`, `4.5`. */
export function formatMetricValue(value: number, unit: string | undefined): string {
  if (!unit) return String(value);
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

function isOffTarget(metric: Metric): boolean {
  if (metric.value === undefined || metric.target === undefined) return false;
  return metric.better === 'lower' ? metric.value > metric.target : metric.value < metric.target;
}

function check(map: CjmMap): RuleFinding[] {
  return allMetrics(map).filter(({ metric }) => isOffTarget(metric)).map(({ metric, path }) => ({
    path: [...path, 'value'], anchor: 'value',
    message: metric.better === 'lower'
      ? t('Metric {0} is {1}, above its target of {2} (lower is better).', quote(metric.name), formatMetricValue(metric.value!, metric.unit), formatMetricValue(metric.target!, metric.unit))
      : t('Metric {0} is {1}, below its target of {2} (higher is better).', quote(metric.name), formatMetricValue(metric.value!, metric.unit), formatMetricValue(metric.target!, metric.unit)),
  }));
}

/** The rule. */
export const metricOffTarget = defineRule({
  code: 'metric-off-target',
  defaultSeverity: 'warning',
  get summary() {
    return t('A metric’s value is worse than its target: below it, or above it when the metric says "better: lower".');
  },
  check,
});
