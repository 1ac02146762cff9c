/** `pain-without-opportunity`: pains nobody plans to fix. A stage's opportunities count for its touchpoints. */
import { quote } from '../problems';
import type { Stage } from '../schema';
import { defineRule, type RuleFinding } from './ruleTypes';

/** Whether a list of text has at least one entry. */
export function hasEntries(list: readonly string[] | undefined): boolean {
  return (list?.length ?? 0) > 0;
}

function painCount(n: number): string {
  return n === 1 ? '1 pain' : `${n} pains`;
}

function stageFindings(stage: Stage, i: number): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const stageHasIdeas = hasEntries(stage.opportunities);
  if (hasEntries(stage.pains) && !stageHasIdeas) {
    findings.push({ path: ['stages', i, 'pains'], anchor: 'key',
      message: `Stage ${quote(stage.name)} lists ${painCount(stage.pains!.length)} but no opportunities: add an idea to fix ${stage.pains!.length === 1 ? 'it' : 'them'} under "opportunities:".` });
  }
  (stage.touchpoints ?? []).forEach((tp, j) => {
    if (!hasEntries(tp.pains) || hasEntries(tp.opportunities) || stageHasIdeas) return;
    findings.push({ path: ['stages', i, 'touchpoints', j, 'pains'], anchor: 'key',
      message: `Touchpoint ${quote(tp.name)} lists ${painCount(tp.pains!.length)} but neither it nor its stage ${quote(stage.name)} has opportunities: add an idea under "opportunities:".` });
  });
  return findings;
}

/** The rule. */
export const painWithoutOpportunity = defineRule({
  code: 'pain-without-opportunity',
  defaultSeverity: 'info',
  summary: 'A stage or touchpoint lists pains but no opportunities (a stage\'s opportunities count for its touchpoints).',
  check: (map) => map.stages.flatMap(stageFindings),
});
