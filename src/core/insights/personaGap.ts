/** `persona-gap`: a declared persona meets nothing in a stage where other personas meet touchpoints. */
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
    message: `Persona ${quote(id)} has no touchpoint in stage ${quote(stage.name)}, where ${served.join(', ')} ${served.length === 1 ? 'has' : 'have'} one.`,
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
  summary: 'A declared persona has no touchpoint in a stage where other personas have one (a touchpoint without "personas:" serves everyone).',
  check,
});
