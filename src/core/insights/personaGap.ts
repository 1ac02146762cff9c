/** `persona-gap`: a declared persona meets nothing in a stage where other personas meet touchpoints. */
import { t, tPlural } from '../l10n/translate';
import { touchpointServes } from '../personaEmotion';
import { quote } from '../problems';
import type { CjmMap, Stage } from '../schema';
import { defineRule, type RuleFinding } from './ruleTypes';

function stageGaps(stage: Stage, i: number, personaIds: string[]): RuleFinding[] {
  const touchpoints = stage.touchpoints ?? [];
  const served = personaIds.filter((id) => touchpoints.some((tp) => touchpointServes(tp, id)));
  if (served.length === 0) return [];
  return personaIds.filter((id) => !served.includes(id)).map((id) => ({
    path: ['stages', i, 'name'], anchor: 'value',
    message: tPlural(served.length, 'Persona {0} has no touchpoint in stage {1}, where {2} has one.', 'Persona {0} has no touchpoint in stage {1}, where {2} have one.',
      quote(id), quote(stage.name), served.join(', ')),
  }));
}

function check(map: CjmMap): RuleFinding[] {
  const personaIds = (map.personas ?? []).map((p) => p.id);
  return personaIds.length < 2 ? [] : map.stages.flatMap((stage, i) => stageGaps(stage, i, personaIds));
}

/** The rule. */
export const personaGap = defineRule({
  code: 'persona-gap',
  defaultSeverity: 'info',
  get summary() {
    return t('A declared persona has no touchpoint in a stage where other personas have one (a touchpoint without "personas:" serves everyone).');
  },
  check,
});
