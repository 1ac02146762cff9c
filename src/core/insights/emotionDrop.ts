/** `emotion-drop`: for a persona, the emotion falls sharply from one touchpoint to the next in journey order. */
import { t } from '../l10n/translate';
import { emotionFor, touchpointServes } from '../personaEmotion';
import { quote } from '../problems';
import type { CjmMap } from '../schema';
import type { Path } from '../types';
import { defineRule, type RuleFinding } from './ruleTypes';

/** A fall of at least this much between consecutive touchpoints is a drop. */
export const EMOTION_DROP = 2;

interface EmotionPoint {
  name: string;
  value: number;
  path: Path;
}

/** A persona's emotions at the touchpoints that serve it, in journey order (touchpoints without one skipped). */
function personaPoints(map: CjmMap, personaId: string | null): EmotionPoint[] {
  const points: EmotionPoint[] = [];
  map.stages.forEach((stage, i) => (stage.touchpoints ?? []).forEach((tp, j) => {
    if (!touchpointServes(tp, personaId)) return;
    const emotion = emotionFor(tp.emotion, ['stages', i, 'touchpoints', j], personaId);
    if (emotion) points.push({ name: tp.name, value: emotion.value, path: emotion.path });
  }));
  return points;
}

interface Drop {
  from: EmotionPoint;
  to: EmotionPoint;
  personas: string[];
}

function check(map: CjmMap): RuleFinding[] {
  const personaIds: (string | null)[] = map.personas?.length ? map.personas.map((p) => p.id) : [null];
  // Personas that share a numeric emotion drop at the same place: one finding names them all.
  const drops = new Map<string, Drop>();
  for (const personaId of personaIds) {
    const points = personaPoints(map, personaId);
    for (let k = 1; k < points.length; k++) {
      const [from, to] = [points[k - 1], points[k]];
      if (from.value - to.value < EMOTION_DROP) continue;
      const key = `${from.path.join('.')} ${to.path.join('.')}`;
      const drop = drops.get(key) ?? { from, to, personas: [] };
      if (personaId !== null) drop.personas.push(personaId);
      drops.set(key, drop);
    }
  }
  return [...drops.values()].map(({ from, to, personas }) => ({
    path: to.path, anchor: 'value',
    message: personas.length
      ? t('Emotion drops by {0} for {1}: from {2} at {3} to {4} at {5}.', from.value - to.value, personas.join(', '), from.value, quote(from.name), to.value, quote(to.name))
      : t('Emotion drops by {0}: from {1} at {2} to {3} at {4}.', from.value - to.value, from.value, quote(from.name), to.value, quote(to.name)),
  }));
}

/** The rule. */
export const emotionDrop = defineRule({
  code: 'emotion-drop',
  defaultSeverity: 'info',
  get summary() {
    return t('For a persona, the emotion falls by {0} or more from one touchpoint to the next in journey order.', EMOTION_DROP);
  },
  check,
});
