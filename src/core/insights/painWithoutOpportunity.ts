/** `pain-without-opportunity`: pains nobody plans to fix. A stage's opportunities count for its touchpoints. */
import { t, tPlural } from '../l10n/translate';
import { quote } from '../problems';
import type { Stage } from '../schema';
import { defineRule, type RuleFinding } from './ruleTypes';

/** Whether a list of text has at least one entry. */
export function hasEntries(list: readonly string[] | undefined): boolean {
  return (list?.length ?? 0) > 0;
}

function stageFindings(stage: Stage, i: number): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const stageHasIdeas = hasEntries(stage.opportunities);
  if (hasEntries(stage.pains) && !stageHasIdeas) {
    findings.push({ path: ['stages', i, 'pains'], anchor: 'key',
      message: tPlural(stage.pains!.length, 'Stage {0} lists {1} pain but no opportunities: add an idea to fix it under "opportunities:".',
        'Stage {0} lists {1} pains but no opportunities: add an idea to fix them under "opportunities:".', quote(stage.name), stage.pains!.length) });
  }
  (stage.touchpoints ?? []).forEach((tp, j) => {
    if (!hasEntries(tp.pains) || hasEntries(tp.opportunities) || stageHasIdeas) return;
    findings.push({ path: ['stages', i, 'touchpoints', j, 'pains'], anchor: 'key',
      message: tPlural(tp.pains!.length, 'Touchpoint {0} lists {1} pain but neither it nor its stage {2} has opportunities: add an idea under "opportunities:".',
        'Touchpoint {0} lists {1} pains but neither it nor its stage {2} has opportunities: add an idea under "opportunities:".', quote(tp.name), tp.pains!.length, quote(stage.name)) });
  });
  return findings;
}

/** The rule. */
export const painWithoutOpportunity = defineRule({
  code: 'pain-without-opportunity',
  defaultSeverity: 'info',
  get summary() {
    return t('A stage or touchpoint lists pains but no opportunities (a stage’s opportunities count for its touchpoints).');
  },
  check: (map) => map.stages.flatMap(stageFindings),
});
