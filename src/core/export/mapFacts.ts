/**
 * Small read-only helpers over a typed map that every export shares: names for ids, the personas a touchpoint
 * serves and the emotion that applies to it. No `vscode`, no DOM.
 */
import { emotionText as scoreText } from '../emotionText';
import type { CjmMap, Emotion, Stage, Touchpoint } from '../schema';

/** The name of the channel with this id, or the id itself when it is not declared. */
export function channelName(map: CjmMap, id: string | undefined): string {
  if (id === undefined) return '';
  return map.channels?.find((c) => c.id === id)?.name ?? id;
}

/** The name of the persona with this id, or the id itself when it is not declared. */
export function personaName(map: CjmMap, id: string): string {
  return map.personas?.find((p) => p.id === id)?.name ?? id;
}

/** Ids of the personas a touchpoint serves: its own list, or every persona of the map when it has none. */
export function touchpointPersonaIds(map: CjmMap, touchpoint: Touchpoint): string[] {
  return touchpoint.personas ?? (map.personas ?? []).map((p) => p.id);
}

/** The emotion that applies at a touchpoint: its own, else its stage's; undefined when neither says. */
export function effectiveEmotion(stage: Stage, touchpoint: Touchpoint): Emotion | undefined {
  return touchpoint.emotion ?? stage.emotion;
}

/** An emotion as text: one score, or `Persona: score` for each persona, joined by `separator`. */
export function emotionText(map: CjmMap, emotion: Emotion | undefined, separator = ', '): string {
  if (emotion === undefined) return '';
  if (typeof emotion === 'number') return scoreText(emotion);
  return Object.entries(emotion).map(([id, score]) => `${personaName(map, id)}: ${scoreText(score)}`).join(separator);
}

/** Every touchpoint of the map with its stage, in reading order. */
export function allTouchpoints(map: CjmMap): { stage: Stage; touchpoint: Touchpoint }[] {
  return map.stages.flatMap((stage) => (stage.touchpoints ?? []).map((touchpoint) => ({ stage, touchpoint })));
}
