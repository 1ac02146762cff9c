/** `negative-moment-of-truth`: a touchpoint that decides whether the customer stays feels bad and nobody plans a fix. */
import { t } from '../l10n/translate';
import { emotionFor, touchpointServes } from '../personaEmotion';
import { quote } from '../problems';
import type { CjmMap, Touchpoint } from '../schema';
import { hasEntries } from './painWithoutOpportunity';
import { defineRule, type RuleFinding } from './ruleTypes';

/** At or below this emotion a moment of truth counts as negative. */
export const NEGATIVE_EMOTION = -1;

/** The negative emotions of a touchpoint, e.g. `-2` or `anna: -2, ben: -1`; undefined when none is negative. */
function negativeEmotions(map: CjmMap, tp: Touchpoint): string | undefined {
  if (typeof tp.emotion === 'number') return tp.emotion <= NEGATIVE_EMOTION ? String(tp.emotion) : undefined;
  const personaIds = (map.personas ?? []).map((p) => p.id);
  const parts = personaIds
    .filter((id) => touchpointServes(tp, id))
    .map((id) => ({ id, value: emotionFor(tp.emotion, [], id)?.value }))
    .filter((e): e is { id: string; value: number } => e.value !== undefined && e.value <= NEGATIVE_EMOTION)
    .map((e) => `${e.id}: ${e.value}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function check(map: CjmMap): RuleFinding[] {
  const findings: RuleFinding[] = [];
  map.stages.forEach((stage, i) => (stage.touchpoints ?? []).forEach((tp, j) => {
    if (tp['moment-of-truth'] !== true || hasEntries(tp.opportunities) || hasEntries(stage.opportunities)) return;
    const negative = negativeEmotions(map, tp);
    if (negative === undefined) return;
    findings.push({ path: ['stages', i, 'touchpoints', j, 'moment-of-truth'], anchor: 'value',
      message: t('Moment of truth {0} feels negative ({1}) and has no opportunity to improve it: add one under "opportunities:".', quote(tp.name), negative) });
  }));
  return findings;
}

/** The rule. */
export const negativeMomentOfTruth = defineRule({
  code: 'negative-moment-of-truth',
  defaultSeverity: 'warning',
  get summary() {
    return t('A moment of truth has an emotion of -1 or less (for any persona) and no opportunity to improve it.');
  },
  check,
});
