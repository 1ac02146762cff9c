/**
 * What a screen reader says for a touchpoint card: where it is (stage and lane), what it is, its emotion and
 * whether it is a moment of truth, e.g. "Stage Check out, lane Touchpoints, card Card payment, emotion −1, moment
 * of truth". Pure: no DOM, so the export renders the same label.
 */
import type { Touchpoint } from '../../src/core/schema';
import { signedScore } from '../../src/core/emotionText';
import { t } from '../../src/core/l10n/translate';

/** The card's accessible name; `personaName` turns a persona id into its name. */
export function cardLabel(tp: Touchpoint, stageName: string, laneTitle: string, personaName: (id: string) => string): string {
  const parts = [t('Stage {0}, lane {1}, card {2}', stageName, laneTitle, tp.name)];
  if (typeof tp.emotion === 'number') parts.push(t('emotion {0}', signedScore(tp.emotion)));
  else if (tp.emotion) {
    for (const [id, value] of Object.entries(tp.emotion)) parts.push(t('emotion of {0} {1}', personaName(id), signedScore(value)));
  }
  if (tp['moment-of-truth']) parts.push(t('moment of truth'));
  return parts.join(', ');
}
