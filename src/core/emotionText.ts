/**
 * Emotion scores as people read them, the one place that spells them: a signed number with a true minus
 * sign (U+2212) and one face per whole score in range. Used by hovers, completion, CodeLens, exports and the
 * map editor alike. No `vscode`, no DOM.
 */
import { t } from './l10n/translate';
import { EMOTION_MAX, EMOTION_MIN } from './schema';

/** The true minus sign, as shown to people (`-` stays in YAML, CSV and Mermaid, which machines read). */
export const MINUS_SIGN = '\u2212';

/** The face of each whole score from −2 to +2. */
export const EMOTION_FACES: Readonly<Record<number, string>> = Object.freeze({
  [-2]: '😣', [-1]: '🙁', 0: '😐', 1: '🙂', 2: '😄',
});

/** A score rounded to one decimal, signed: `+1`, `0`, `−1.5`. */
export function signedScore(score: number): string {
  const rounded = (Math.sign(score) * Math.round(Math.abs(score) * 10)) / 10; // symmetric: −1.25 → −1.3
  if (rounded === 0) return '0'; // also −0
  return `${rounded > 0 ? '+' : MINUS_SIGN}${Math.abs(rounded)}`;
}

/** The face of a whole score in range, else undefined. */
export function emotionFace(score: number): string | undefined {
  return Number.isInteger(score) && score >= EMOTION_MIN && score <= EMOTION_MAX ? EMOTION_FACES[score] : undefined;
}

/** A score with its face: `+1 🙂`, `0 😐`, `−2 😣`; a score without a face (`+7`, `+0.5`) is just the number. */
export function emotionText(score: number): string {
  const face = emotionFace(score);
  return face ? `${signedScore(score)} ${face}` : signedScore(score);
}

/** Words for a score, for screen readers and titles: `delighted` … `angry` (in the active language). */
export function emotionWord(score: number): string {
  if (score >= 1.5) return t('delighted');
  if (score >= 0.5) return t('pleased');
  if (score > -0.5) return t('neutral');
  if (score > -1.5) return t('unhappy');
  return t('angry');
}
