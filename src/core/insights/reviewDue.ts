/** `review-due`: the map's `reviewed:` date is older than the review interval. */
import { t, tPlural } from '../l10n/translate';
import * as z from 'zod';
import type { CjmMap } from '../schema';
import { defineRule, type RuleFinding } from './ruleTypes';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `date` (YYYY-MM-DD) to the local calendar day of `today`; undefined for a non-date. */
export function daysSince(date: string, today: Date): number | undefined {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return undefined;
  return Math.round((Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - time) / DAY_MS);
}

/** The local calendar day of a date as YYYY-MM-DD, as `reviewed:` holds it. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The meaning of each option, in the active language (English when the schema is built, at load). */
const optionHelp = {
  'review-every': () => t('Days after the map’s "reviewed:" date when it is due for review again. Default 90.'),
};

const options = z.strictObject({
  'review-every': z.number().int().min(1).default(90)
    .describe(optionHelp['review-every']()),
});

function check(map: CjmMap, reviewEvery: number, today: Date): RuleFinding[] {
  if (map.reviewed === undefined) return [];
  const days = daysSince(map.reviewed, today);
  if (days === undefined || days <= reviewEvery) return [];
  return [{ path: ['reviewed'], anchor: 'value',
    message: tPlural(days, 'The map was last reviewed on {0}, {1} day ago; it is due every {2} days. Review it and set "reviewed: {3}".',
      'The map was last reviewed on {0}, {1} days ago; it is due every {2} days. Review it and set "reviewed: {3}".', map.reviewed, days, reviewEvery, isoDate(today)) }];
}

/** The rule. */
export const reviewDue = defineRule({
  code: 'review-due',
  defaultSeverity: 'info',
  get summary() {
    return t('The map’s "reviewed:" date is older than review-every days (default 90).');
  },
  options,
  optionHelp,
  check: (map, { options: o, today }) => check(map, o['review-every'], today),
});
