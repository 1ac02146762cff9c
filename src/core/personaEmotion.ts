/**
 * How a persona meets the journey: which touchpoints serve a persona and what that persona feels there.
 * Shared by the emotion curve of the map editor and the insights rules. Pure: no DOM, no `vscode`.
 */
import type { Emotion, Touchpoint } from './schema';
import type { Path } from './types';

/** The value of an emotion for one persona (null: the map has no personas) and the path that holds it. */
export function emotionFor(emotion: Emotion | undefined, base: Path, personaId: string | null):
  { value: number; path: Path } | undefined {
  if (typeof emotion === 'number') return { value: emotion, path: [...base, 'emotion'] };
  if (emotion && personaId !== null && typeof emotion[personaId] === 'number') {
    return { value: emotion[personaId], path: [...base, 'emotion', personaId] };
  }
  return undefined;
}

/** Whether a touchpoint serves a persona: it has no `personas:` list (it serves everyone) or lists that persona. */
export function touchpointServes(touchpoint: Touchpoint, personaId: string | null): boolean {
  return personaId === null || !touchpoint.personas || touchpoint.personas.includes(personaId);
}
