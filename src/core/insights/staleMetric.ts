/** `stale-metric`: a metric read from a data file whose latest dated row is older than `max-age` days. */
import { t, tPlural } from '../l10n/translate';
import * as z from 'zod';
import { dayNumber, todayNumber } from '../data/dates';
import type { MetricDataByPath } from '../data/types';
import { allMetrics } from '../mapMetrics';
import type { CjmMap } from '../schema';
import { defineRule, type RuleFinding } from './ruleTypes';

/** The meaning of each option, in the active language (English when the schema is built, at load). */
const optionHelp = {
  'max-age': () => t('Days after which the latest dated row of a metric’s data file is stale. Default 35.'),
};

const options = z.strictObject({
  'max-age': z.number().int().min(1).default(35)
    .describe(optionHelp['max-age']()),
});

function check(map: CjmMap, maxAge: number, today: Date, data: MetricDataByPath): RuleFinding[] {
  const todayDay = todayNumber(today.getTime());
  const findings: RuleFinding[] = [];
  for (const { metric, path } of allMetrics(map).filter((m) => m.metric.source)) {
    const date = data[path.join('.')]?.date;
    const day = date === undefined ? null : dayNumber(date);
    if (day === null || todayDay - day <= maxAge) continue;
    findings.push({ path: [...path, 'source'], anchor: 'key',
      message: tPlural(todayDay - day, 'Metric "{0}" is stale: its latest row in "{1}" is dated {2}, {3} day ago (more than {4}).',
        'Metric "{0}" is stale: its latest row in "{1}" is dated {2}, {3} days ago (more than {4}).', metric.id, metric.source!.file, date!, todayDay - day, maxAge) });
  }
  return findings;
}

/** The rule. */
export const staleMetric = defineRule({
  code: 'stale-metric',
  defaultSeverity: 'info',
  get summary() {
    return t('A metric read from a data file whose latest dated row is older than max-age days (default 35).');
  },
  options,
  optionHelp,
  check: (map, { options: o, today, metricData }) => check(map, o['max-age'], today, metricData),
});
