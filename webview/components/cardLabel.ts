/**
 * What a screen reader says for a touchpoint card: where it is (stage and lane), what it is, its channel, its
 * emotion, whether it is a moment of truth and how many pains and insight findings it has, e.g. "Stage Check out,
 * lane Touchpoints, card Card payment, channel Website, emotion −1, moment of truth, 1 pain". Pure: no DOM, so the
 * export renders the same label.
 */
import type { Touchpoint } from '../../src/core/schema';
import { signedScore } from '../../src/core/emotionText';
import { t, tPlural } from '../../src/core/l10n/translate';

/** Where the card is and the names its ids stand for. */
export interface CardLabelContext {
  stageName: string;
  laneTitle: string;
  channelName?: string;
  personaName: (id: string) => string;
  /** How many insight findings are about the card. */
  insights: number;
}

/** The card's accessible name. */
export function cardLabel(tp: Touchpoint, c: CardLabelContext): string {
  const parts = [t('Stage {0}, lane {1}, card {2}', c.stageName, c.laneTitle, tp.name)];
  if (c.channelName) parts.push(t('channel {0}', c.channelName));
  if (typeof tp.emotion === 'number') parts.push(t('emotion {0}', signedScore(tp.emotion)));
  else if (tp.emotion) {
    for (const [id, value] of Object.entries(tp.emotion)) parts.push(t('emotion of {0} {1}', c.personaName(id), signedScore(value)));
  }
  if (tp['moment-of-truth']) parts.push(t('moment of truth'));
  const pains = tp.pains?.length ?? 0;
  if (pains > 0) parts.push(tPlural(pains, '{0} pain', '{0} pains', pains));
  if (c.insights > 0) parts.push(tPlural(c.insights, '{0} insight', '{0} insights', c.insights));
  return parts.join(', ');
}
