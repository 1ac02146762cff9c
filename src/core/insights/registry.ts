/**
 * Every insight rule, in the order the README lists them. A new rule is one file and one line here.
 */
import { conversionDrop } from './conversionDrop';
import { emotionDrop } from './emotionDrop';
import { metricOffTarget } from './metricOffTarget';
import { negativeMomentOfTruth } from './negativeMomentOfTruth';
import { painWithoutOpportunity } from './painWithoutOpportunity';
import { personaGap } from './personaGap';
import { reviewDue } from './reviewDue';
import { staleMetric } from './staleMetric';
import type { InsightRule } from './ruleTypes';
import { unownedStage } from './unownedStage';

/** The rules, each with a unique code. */
export const INSIGHT_RULES: readonly InsightRule[] = [
  painWithoutOpportunity, negativeMomentOfTruth, emotionDrop, unownedStage, personaGap, metricOffTarget,
  conversionDrop, reviewDue, staleMetric,
] as readonly InsightRule[];

/** The rule with this code, if any. */
export function ruleByCode(code: string): InsightRule | undefined {
  return INSIGHT_RULES.find((rule) => rule.code === code);
}

/** Every rule code. */
export const INSIGHT_CODES: readonly string[] = INSIGHT_RULES.map((rule) => rule.code);
