/**
 * What each lane shows in one stage's cell, laid out into a TextFlow: lists, the goal, pains and
 * opportunities (with the touchpoint they belong to), metrics, backstage, personas, channels, custom lanes.
 * Touchpoint cards and the emotion curve have files of their own.
 */
import type { Stage } from '../../schema';
import { formatNumber, formatPercent } from '../../data/metricText';
import { shortName, stageMetrics, type LaneKey } from '../../view/mapData';
import { touchpointPersonaIds } from '../mapFacts';
import { BODY, SMALL, type CellContext } from './cellContext';
import { TextFlow, lineHeight } from './flow';
import { marker } from './markers';
import { touchpointCards } from './touchpointCards';

function list(flow: TextFlow, items: string[] | undefined, color: string, bulletColor: string): void {
  for (const item of items ?? []) flow.bullet(item, { size: BODY, color }, bulletColor);
}

function issues(flow: TextFlow, ctx: CellContext, stage: Stage, field: 'pains' | 'opportunities'): void {
  const colour = field === 'pains' ? ctx.palette.pain : ctx.palette.opportunity;
  list(flow, stage[field], ctx.palette.text, colour);
  for (const tp of stage.touchpoints ?? []) {
    for (const text of tp[field] ?? []) flow.bullet(`${tp.name}: ${text}`, { size: BODY, color: ctx.palette.text }, colour);
  }
}

function metrics(flow: TextFlow, ctx: CellContext, stageIndex: number): void {
  const { palette, translator: tr } = ctx;
  for (const { metric, conversion, ofTarget } of stageMetrics(ctx.map.stages, stageIndex)) {
    const unit = metric.unit ? ` ${metric.unit}` : '';
    flow.paragraph(metric.name, { size: SMALL, color: palette.muted });
    flow.paragraph(metric.value !== undefined ? formatNumber(metric.value, tr) + unit : '—', { size: BODY, weight: 'bold', color: palette.text });
    if (metric.target !== undefined) {
      const share = ofTarget !== undefined ? ` · ${formatPercent(Math.round(ofTarget), tr)}` : '';
      flow.paragraph(`${tr.t('target {0}', formatNumber(metric.target, tr) + unit)}${share}`, { size: SMALL, color: palette.muted });
    }
    if (ofTarget !== undefined) meter(flow, ctx, ofTarget);
    if (conversion !== undefined) flow.paragraph(`→ ${tr.t('{0} of previous stage', formatPercent(conversion, tr))}`, { size: SMALL, color: palette.muted });
    flow.gap(8);
  }
}

function meter(flow: TextFlow, ctx: CellContext, percent: number): void {
  flow.gap(2);
  flow.shapes.push({ kind: 'rect', x: flow.x, y: flow.y, width: flow.width, height: 4, rx: 2, fill: ctx.palette.grid });
  flow.shapes.push({ kind: 'rect', x: flow.x, y: flow.y, width: (flow.width * Math.min(100, percent)) / 100, height: 4, rx: 2, fill: ctx.palette.accent });
  flow.gap(6);
}

/** The backstage lists with their titles in the export's language. */
function backstageParts(ctx: CellContext): [key: 'owners' | 'systems' | 'processes', title: string][] {
  const { translator } = ctx;
  return [['owners', translator.t('Owners')], ['systems', translator.t('Systems')], ['processes', translator.t('Processes')]];
}

function backstage(flow: TextFlow, ctx: CellContext, stage: Stage): void {
  for (const [key, title] of backstageParts(ctx)) {
    const items = stage.backstage?.[key] ?? [];
    if (items.length === 0) continue;
    flow.paragraph(title, { size: SMALL, weight: 'bold', color: ctx.palette.muted });
    list(flow, items, ctx.palette.text, ctx.palette.muted);
    flow.gap(4);
  }
}

/** The personas who meet at least one touchpoint of the stage, each with the marker of their curve. */
function personas(flow: TextFlow, ctx: CellContext, stage: Stage): void {
  const met = new Set((stage.touchpoints ?? []).flatMap((tp) => touchpointPersonaIds(ctx.map, tp)));
  for (const persona of ctx.map.personas ?? []) {
    if (!met.has(persona.id)) continue;
    const look = ctx.looks.get(persona.id);
    const cy = flow.y + lineHeight(BODY) / 2;
    if (look) flow.shapes.push(marker(look.shape, flow.x + 5, cy, 4.5, look.color, ctx.palette.background));
    flow.paragraph(shortName(persona.name), { size: BODY, color: ctx.palette.text, indent: 16 });
    flow.gap(2);
  }
}

/** Per channel: how many of the stage's touchpoints use it. */
function channels(flow: TextFlow, ctx: CellContext, stage: Stage): void {
  for (const channel of ctx.map.channels ?? []) {
    const used = (stage.touchpoints ?? []).filter((tp) => tp.channel === channel.id).length;
    flow.paragraph(`${channel.name}: ${used ? used : '–'}`, { size: BODY, color: used ? ctx.palette.text : ctx.palette.muted });
  }
}

/** Lays out the cell of lane `key` for stage `stageIndex` into `flow`. */
export function fillCell(flow: TextFlow, ctx: CellContext, stageIndex: number, key: LaneKey): void {
  const stage = ctx.map.stages[stageIndex];
  const { palette } = ctx;
  switch (key) {
    case 'goals': if (stage.goal !== undefined) flow.paragraph(stage.goal, { size: BODY, color: palette.text }); return;
    case 'actions': return list(flow, stage.actions, palette.text, palette.accent);
    case 'thoughts': return list(flow, (stage.thoughts ?? []).map((t) => ctx.translator.t('“{0}”', t)), palette.text, palette.muted);
    case 'pains': return issues(flow, ctx, stage, 'pains');
    case 'opportunities': return issues(flow, ctx, stage, 'opportunities');
    case 'metrics': return metrics(flow, ctx, stageIndex);
    case 'backstage': return backstage(flow, ctx, stage);
    case 'personas': return personas(flow, ctx, stage);
    case 'channels': return channels(flow, ctx, stage);
    case 'touchpoints': return touchpointCards(flow, ctx, stage);
    case 'emotions': return;
    default: return list(flow, stage.lanes?.[key.slice('lane:'.length)], palette.text, palette.muted);
  }
}
