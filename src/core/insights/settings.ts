/**
 * Resolved insight settings: each rule's level and options, from `cjm.config.yaml` (or the defaults).
 */
import { INSIGHT_RULES } from './registry';
import type { RuleLevel } from './ruleTypes';
import type { InsightConfig } from './config';

/** What a run of the rules uses: a level and options per rule code, and today's date. */
export interface InsightSettings {
  levels: Readonly<Record<string, RuleLevel>>;
  options: Readonly<Record<string, unknown>>;
  today: Date;
}

/** The settings a config gives (rules it does not name keep their defaults); `today` defaults to now. */
export function resolveSettings(config: InsightConfig | null | undefined, today: Date = new Date()): InsightSettings {
  const levels: Record<string, RuleLevel> = {};
  const options: Record<string, unknown> = {};
  for (const rule of INSIGHT_RULES) {
    const entry = config?.rules?.[rule.code];
    const { severity, ...ruleOptions } = typeof entry === 'string' ? { severity: entry } : entry ?? {};
    levels[rule.code] = severity ?? rule.defaultSeverity;
    const parsed = rule.options?.safeParse(ruleOptions);
    options[rule.code] = parsed?.success ? parsed.data : rule.options?.parse({}) ?? {};
  }
  return { levels, options, today };
}
