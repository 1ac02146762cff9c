/**
 * Markdown of a map: the title and personas, then a section per stage with its goal, emotion, lists, metrics,
 * and a table of its touchpoints. Text is escaped so `|`, `*`, `<` and friends show as written.
 */
import type { CjmMap, Metric, Stage } from '../schema';
import { escapeMarkdown } from '../markdownText';
import { channelName, emotionText, personaName, touchpointPersonaIds } from './mapFacts';

/** Map text for a line or a table cell of the export: escaped, line breaks as `<br>`. */
const esc = (text: string): string => escapeMarkdown(text, '<br>');

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => cell || ' ').join(' | ')} |`),
  ];
}

function list(title: string, items: string[] | undefined): string[] {
  if (!items?.length) return [];
  return [`**${esc(title)}**`, '', ...items.map((item) => `- ${esc(item)}`), ''];
}

function metricsTable(metrics: Metric[] | undefined): string[] {
  if (!metrics?.length) return [];
  const rows = metrics.map((m) => [esc(m.name), m.value?.toString() ?? '', m.target?.toString() ?? '', esc(m.unit ?? '')]);
  return ['**Metrics**', '', ...table(['Metric', 'Value', 'Target', 'Unit'], rows), ''];
}

function header(map: CjmMap): string[] {
  const facts = [map.type && `**Type:** ${esc(map.type)}`, map.owner && `**Owner:** ${esc(map.owner)}`].filter(Boolean);
  const out = [`# ${esc(map.title)}`, ''];
  if (map.description) out.push(esc(map.description), '');
  if (facts.length) out.push(facts.join(' · '), '');
  return out;
}

function personas(map: CjmMap): string[] {
  if (!map.personas?.length) return [];
  const out = ['## Personas', ''];
  for (const p of map.personas) {
    out.push(`### ${esc(p.name)}`, '');
    if (p.description) out.push(esc(p.description), '');
    if (p.quote) out.push(`> “${esc(p.quote)}”`, '');
    out.push(...list('Goals', p.goals), ...list('Frustrations', p.frustrations));
  }
  return out;
}

function channels(map: CjmMap): string[] {
  if (!map.channels?.length) return [];
  const rows = map.channels.map((c) => [esc(c.name), esc(c.kind ?? ''), esc(c.description ?? '')]);
  return ['## Channels', '', ...table(['Channel', 'Kind', 'Description'], rows), ''];
}

function touchpointTable(map: CjmMap, stage: Stage): string[] {
  const touchpoints = stage.touchpoints ?? [];
  if (!touchpoints.length) return [];
  const rows = touchpoints.map((tp) => [
    (tp['moment-of-truth'] ? '★ ' : '') + esc(tp.name),
    esc(channelName(map, tp.channel)),
    touchpointPersonaIds(map, tp).map((id) => esc(personaName(map, id))).join('<br>'),
    esc(emotionText(map, tp.emotion, '\n')),
    (tp.pains ?? []).map(esc).join('<br>'),
    (tp.opportunities ?? []).map(esc).join('<br>'),
    esc(tp.owner ?? ''),
  ]);
  const head = ['Touchpoint', 'Channel', 'Personas', 'Emotion', 'Pains', 'Opportunities', 'Owner'];
  const note = touchpoints.some((tp) => tp['moment-of-truth']) ? ['', '★ moment of truth'] : [];
  return ['**Touchpoints**', '', ...table(head, rows), ...note, ''];
}

function stageSection(map: CjmMap, stage: Stage, index: number): string[] {
  const out = [`## ${index + 1}. ${esc(stage.name)}`, ''];
  if (stage.description) out.push(esc(stage.description), '');
  if (stage.goal) out.push(`**Goal:** ${esc(stage.goal)}`, '');
  if (stage.emotion !== undefined) out.push(`**Emotion:** ${esc(emotionText(map, stage.emotion))}`, '');
  out.push(...list('Actions', stage.actions), ...list('Thoughts', stage.thoughts));
  out.push(...touchpointTable(map, stage));
  out.push(...list('Pains', stage.pains), ...list('Opportunities', stage.opportunities));
  out.push(...metricsTable(stage.metrics));
  const b = stage.backstage;
  if (b) out.push(...list('Backstage: owners', b.owners), ...list('Backstage: systems', b.systems), ...list('Backstage: processes', b.processes));
  for (const [laneId, items] of Object.entries(stage.lanes ?? {})) {
    out.push(...list(map.lanes?.find((l) => l.id === laneId)?.name ?? laneId, items));
  }
  return out;
}

/** The whole Markdown document of a map, ending with a newline. */
export function exportMarkdown(map: CjmMap): string {
  const lines = [...header(map), ...personas(map), ...channels(map)];
  map.stages.forEach((stage, i) => lines.push(...stageSection(map, stage, i)));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
