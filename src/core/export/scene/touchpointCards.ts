/**
 * Touchpoint cards of one stage: a bordered card per touchpoint with its channel, name, emotion per persona,
 * description and the moment-of-truth mark, stacked top to bottom.
 */
import type { Stage, Touchpoint } from '../../schema';
import { signedScore } from '../../emotionText';
import { shortName } from '../../view/mapData';
import { channelName } from '../mapFacts';
import { BODY, SMALL, type CellContext } from './cellContext';
import { TextFlow } from './flow';

const CARD_PAD = 8;
const CARD_GAP = 8;

/** The touchpoint's emotion as text: one score, or `Name +1 · Name −1` per persona. */
function emotionLine(ctx: CellContext, tp: Touchpoint): string | undefined {
  if (tp.emotion === undefined) return undefined;
  if (typeof tp.emotion === 'number') return ctx.translator.t('Emotion {0}', signedScore(tp.emotion));
  return Object.entries(tp.emotion)
    .map(([id, v]) => `${shortName(ctx.looks.get(id)?.name ?? id)} ${signedScore(v)}`)
    .join(' · ');
}

function card(flow: TextFlow, ctx: CellContext, tp: Touchpoint): void {
  const { palette, translator } = ctx;
  const top = flow.y;
  const inner = new TextFlow(flow.x + CARD_PAD, top + CARD_PAD, flow.width - 2 * CARD_PAD);
  const moment = tp['moment-of-truth'] === true;
  if (moment) inner.paragraph(`★ ${translator.t('Moment of truth')}`, { size: SMALL, weight: 'bold', color: palette.moment });
  if (tp.channel !== undefined) inner.paragraph(channelName(ctx.map, tp.channel), { size: SMALL, color: palette.muted });
  inner.paragraph(tp.name, { size: BODY, weight: 'bold', color: palette.text });
  const emotion = emotionLine(ctx, tp);
  if (emotion) inner.paragraph(emotion, { size: SMALL, color: palette.muted });
  if (tp.description) inner.paragraph(tp.description, { size: SMALL, color: palette.text });
  if (tp.owner) inner.paragraph(translator.t('Owner: {0}', tp.owner), { size: SMALL, color: palette.muted });
  const height = inner.height + 2 * CARD_PAD;
  flow.shapes.push({ kind: 'rect', x: flow.x, y: top, width: flow.width, height, rx: 6, fill: palette.cardBackground,
    stroke: moment ? palette.moment : palette.border, strokeWidth: moment ? 2 : 1 }, ...inner.shapes);
  flow.y = top + height + CARD_GAP;
}

/** Lays out the cards of a stage's touchpoints into `flow`. */
export function touchpointCards(flow: TextFlow, ctx: CellContext, stage: Stage): void {
  for (const tp of stage.touchpoints ?? []) card(flow, ctx, tp);
}
