/**
 * The Markdown shown on hover: a touchpoint's card, what a channel, persona, lane or stage id names.
 * All map text is escaped, so a map cannot inject links, HTML or commands into a hover.
 */
import { emotionText } from '../core/emotionText';
import { codeSpan, escapeMarkdown } from '../core/markdownText';
import {
  asObject, findById, findTouchpoint, listOf, objectsOf, textOf, textsOf, type Loose,
} from './looseMap';


function nameAndId(item: Loose | undefined, id: string): string {
  const name = item ? textOf(item.name) : undefined;
  return name ? `${escapeMarkdown(name)} (${codeSpan(id)})` : codeSpan(id);
}

function emotionLine(map: Loose, emotion: unknown): string | undefined {
  if (typeof emotion === 'number') return emotionText(emotion);
  const perPersona = asObject(emotion);
  if (!perPersona) return undefined;
  return Object.entries(perPersona)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([persona, score]) => `${escapeMarkdown(textOf(findById(map, 'personas', persona)?.name) ?? persona)} ${emotionText(score)}`)
    .join(', ');
}

function bulletSection(title: string, items: string[]): string[] {
  return items.length ? [`**${title}**`, '', ...items.map((item) => `- ${escapeMarkdown(item)}`), ''] : [];
}

function metricLine(metric: Loose): string {
  const name = escapeMarkdown(textOf(metric.name) ?? textOf(metric.id) ?? '');
  const unit = textOf(metric.unit) ? ` ${escapeMarkdown(textOf(metric.unit)!)}` : '';
  const value = escapeMarkdown(textOf(metric.value) ?? '–');
  const target = textOf(metric.target) !== undefined ? ` (target ${escapeMarkdown(textOf(metric.target)!)})` : '';
  return `- ${name}: ${value}${unit}${target}`;
}

/** The card of a touchpoint, or undefined when the map has no touchpoint with that id. */
export function touchpointCard(map: Loose, id: string): string | undefined {
  const found = findTouchpoint(map, id);
  if (!found) return undefined;
  const { touchpoint: t, stage } = found;
  const title = escapeMarkdown(textOf(t.name) ?? id);
  const lines = [`### ${title}${t['moment-of-truth'] === true ? ' ★' : ''}`, '', `Touchpoint ${codeSpan(id)}`, ''];
  const facts: string[] = [`**Stage:** ${nameAndId(stage, textOf(stage.id) ?? '?')}`];
  const channel = textOf(t.channel);
  if (channel) facts.push(`**Channel:** ${nameAndId(findById(map, 'channels', channel), channel)}`);
  const personas = textsOf(t.personas);
  const personaNames = personas.length ? personas.map((p) => nameAndId(findById(map, 'personas', p), p)) : ['all'];
  facts.push(`**Personas:** ${personaNames.join(', ')}`);
  const emotion = emotionLine(map, t.emotion);
  if (emotion) facts.push(`**Emotion:** ${emotion}`);
  if (textOf(t.owner)) facts.push(`**Owner:** ${escapeMarkdown(textOf(t.owner)!)}`);
  if (t['moment-of-truth'] === true) facts.push('**Moment of truth:** yes');
  lines.push(facts.join('  \n'), '');
  if (textOf(t.description)) lines.push(escapeMarkdown(textOf(t.description)!), '');
  lines.push(...bulletSection('Pains', textsOf(t.pains)), ...bulletSection('Opportunities', textsOf(t.opportunities)));
  const metrics = objectsOf(t.metrics);
  if (metrics.length) lines.push('**Metrics**', '', ...metrics.map(metricLine), '');
  return lines.join('\n').trimEnd();
}

/** What a channel, persona, lane or stage id names, or undefined when nothing is declared with that id. */
export function declarationCard(map: Loose, kind: string, id: string): string | undefined {
  if (kind === 'touchpoint') return touchpointCard(map, id);
  const list = kind === 'channel' ? 'channels' : kind === 'persona' ? 'personas' : kind === 'lane' ? 'lanes' : kind === 'stage' ? 'stages' : undefined;
  if (!list) return undefined;
  const item = findById(map, list, id);
  if (!item) return `Unknown ${kind} ${codeSpan(id)}: no ${kind} with this id is declared under \`${list}:\`.`;
  const lines = [`**${escapeMarkdown(textOf(item.name) ?? id)}** — ${kind} ${codeSpan(id)}`];
  if (textOf(item.kind)) lines.push(`Kind: ${escapeMarkdown(textOf(item.kind)!)}`);
  if (textOf(item.description)) lines.push(escapeMarkdown(textOf(item.description)!));
  if (textOf(item.goal)) lines.push(`Goal: ${escapeMarkdown(textOf(item.goal)!)}`);
  if (textOf(item.quote)) lines.push(`“${escapeMarkdown(textOf(item.quote)!)}”`);
  lines.push(...usageLines(map, kind, id));
  return lines.join('\n\n');
}

function usageLines(map: Loose, kind: string, id: string): string[] {
  const stages = listOf(map, 'stages');
  const touchpoints = stages.flatMap((s) => objectsOf(s.touchpoints));
  if (kind === 'channel') return [`Used by ${touchpoints.filter((t) => textOf(t.channel) === id).length} touchpoint(s).`];
  if (kind === 'persona') {
    const goals = textsOf(findById(map, 'personas', id)?.goals);
    return goals.length ? [`Goals: ${goals.map((goal) => escapeMarkdown(goal)).join('; ')}`] : [];
  }
  if (kind === 'stage') return [`${objectsOf(findById(map, 'stages', id)?.touchpoints).length} touchpoint(s).`];
  return [];
}
