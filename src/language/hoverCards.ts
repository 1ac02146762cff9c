/**
 * The Markdown shown on hover: a touchpoint's card, what a channel, persona, lane or stage id names.
 * All map text is escaped, so a map cannot inject links, HTML or commands into a hover.
 */
import { emotionText } from '../core/emotionText';
import { t, tPlural } from '../core/l10n/translate';
import { codeSpan, escapeMarkdown } from '../core/markdownText';
import { kindName } from './kindNames';
import {
  asObject, findById, findTouchpoint, listOf, objectsOf, textOf, textsOf, type Loose,
} from './looseMap';


/** A fact of a card: its label in bold, then its value. */
function fact(label: string, value: string): string {
  return `**${label}:** ${value}`;
}

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
  const target = textOf(metric.target) !== undefined ? ` (${t('target {0}', escapeMarkdown(textOf(metric.target)!))})` : '';
  return `- ${name}: ${value}${unit}${target}`;
}

/** The card of a touchpoint, or undefined when the map has no touchpoint with that id. */
export function touchpointCard(map: Loose, id: string): string | undefined {
  const found = findTouchpoint(map, id);
  if (!found) return undefined;
  const { touchpoint, stage } = found;
  const title = escapeMarkdown(textOf(touchpoint.name) ?? id);
  const lines = [`### ${title}${touchpoint['moment-of-truth'] === true ? ' ★' : ''}`, '', t('Touchpoint {0}', codeSpan(id)), ''];
  lines.push(touchpointFacts(map, touchpoint, stage).join('  \n'), '');
  if (textOf(touchpoint.description)) lines.push(escapeMarkdown(textOf(touchpoint.description)!), '');
  lines.push(...bulletSection(t('Pains'), textsOf(touchpoint.pains)), ...bulletSection(t('Opportunities'), textsOf(touchpoint.opportunities)));
  const metrics = objectsOf(touchpoint.metrics);
  if (metrics.length) lines.push(`**${t('Metrics')}**`, '', ...metrics.map(metricLine), '');
  return lines.join('\n').trimEnd();
}

/** Stage, channel, personas, emotion, owner and moment of truth of a touchpoint, one line each. */
function touchpointFacts(map: Loose, touchpoint: Loose, stage: Loose): string[] {
  const facts: string[] = [fact(t('Stage'), nameAndId(stage, textOf(stage.id) ?? '?'))];
  const channel = textOf(touchpoint.channel);
  if (channel) facts.push(fact(t('Channel'), nameAndId(findById(map, 'channels', channel), channel)));
  const personas = textsOf(touchpoint.personas);
  const personaNames = personas.length ? personas.map((p) => nameAndId(findById(map, 'personas', p), p)) : [t('all')];
  facts.push(fact(t('Personas'), personaNames.join(', ')));
  const emotion = emotionLine(map, touchpoint.emotion);
  if (emotion) facts.push(fact(t('Emotion'), emotion));
  if (textOf(touchpoint.owner)) facts.push(fact(t('Owner'), escapeMarkdown(textOf(touchpoint.owner)!)));
  if (touchpoint['moment-of-truth'] === true) facts.push(fact(t('Moment of truth'), t('yes')));
  return facts;
}

/** What a channel, persona, lane or stage id names, or undefined when nothing is declared with that id. */
export function declarationCard(map: Loose, kind: string, id: string): string | undefined {
  if (kind === 'touchpoint') return touchpointCard(map, id);
  const list = kind === 'channel' ? 'channels' : kind === 'persona' ? 'personas' : kind === 'lane' ? 'lanes' : kind === 'stage' ? 'stages' : undefined;
  if (!list) return undefined;
  const item = findById(map, list, id);
  if (!item) return unknownDeclaration(kind, codeSpan(id), codeSpan(`${list}:`));
  const lines = [`**${escapeMarkdown(textOf(item.name) ?? id)}** — ${kindName(kind)} ${codeSpan(id)}`];
  if (textOf(item.kind)) lines.push(t('Kind: {0}', escapeMarkdown(textOf(item.kind)!)));
  if (textOf(item.description)) lines.push(escapeMarkdown(textOf(item.description)!));
  if (textOf(item.goal)) lines.push(t('Goal: {0}', escapeMarkdown(textOf(item.goal)!)));
  if (textOf(item.quote)) lines.push(`“${escapeMarkdown(textOf(item.quote)!)}”`);
  lines.push(...usageLines(map, kind, id));
  return lines.join('\n\n');
}

/** The card of an id that nothing declares (each kind its own sentence: the words agree with it). */
function unknownDeclaration(kind: string, id: string, list: string): string {
  if (kind === 'channel') return t('Unknown channel {0}: no channel with this id is declared under {1}.', id, list);
  if (kind === 'persona') return t('Unknown persona {0}: no persona with this id is declared under {1}.', id, list);
  if (kind === 'lane') return t('Unknown lane {0}: no lane with this id is declared under {1}.', id, list);
  return t('Unknown stage {0}: no stage with this id is declared under {1}.', id, list);
}

function usageLines(map: Loose, kind: string, id: string): string[] {
  const stages = listOf(map, 'stages');
  const touchpoints = stages.flatMap((s) => objectsOf(s.touchpoints));
  if (kind === 'channel') {
    const users = touchpoints.filter((touchpoint) => textOf(touchpoint.channel) === id).length;
    return [tPlural(users, 'Used by {0} touchpoint.', 'Used by {0} touchpoints.', users)];
  }
  if (kind === 'persona') {
    const goals = textsOf(findById(map, 'personas', id)?.goals);
    return goals.length ? [t('Goals: {0}', goals.map((goal) => escapeMarkdown(goal)).join('; '))] : [];
  }
  if (kind === 'stage') {
    const count = objectsOf(findById(map, 'stages', id)?.touchpoints).length;
    return [`${tPlural(count, '{0} touchpoint', '{0} touchpoints', count)}.`];
  }
  return [];
}
