/** `unowned-stage`: a stage no department owns, a gap between teams. */
import { t } from '../l10n/translate';
import { quote } from '../problems';
import type { Stage } from '../schema';
import { hasEntries } from './painWithoutOpportunity';
import { defineRule, type RuleFinding } from './ruleTypes';

function isOwned(stage: Stage): boolean {
  return hasEntries(stage.backstage?.owners) || (stage.touchpoints ?? []).some((tp) => (tp.owner ?? '').trim() !== '');
}

/** The rule. */
export const unownedStage = defineRule({
  code: 'unowned-stage',
  defaultSeverity: 'info',
  get summary() {
    return t('No touchpoint of a stage has an owner and the stage has no backstage owners: a gap between departments.');
  },
  check: (map) => map.stages.flatMap((stage, i): RuleFinding[] => isOwned(stage) ? [] : [{
    path: ['stages', i, 'name'], anchor: 'value',
    message: t('Nobody owns stage {0}: no touchpoint has an "owner" and the stage has no "backstage: { owners: [...] }".', quote(stage.name)),
  }]),
});
