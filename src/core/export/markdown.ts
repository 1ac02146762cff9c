/**
 * Markdown of a map: the title and personas, then a section per stage with its goal, emotion, lists, metrics,
 * and a table of its touchpoints. Text is escaped so `|`, `*`, `<` and friends show as written. Headings and
 * column titles are in the export's language (the translator), numbers as that language writes them.
 */
import { formatNumber } from '../data/metricText';
import type { Translator } from '../l10n/translate';
import type { CjmMap, Metric, Stage } from '../schema';
import { escapeMarkdown } from '../markdownText';
import { builtInLaneTitle } from '../view/mapData';
import { exportTranslator } from './exportLanguage';
import { channelName, emotionText, personaName, touchpointPersonaIds } from './mapFacts';

/** Map text for a line or a table cell of the export: escaped, line breaks as `<br>`. */
const esc = (text: string): string => escapeMarkdown(text, '<br>');

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => cell || ' ').join(' | ')} |`),
  ];
}

function list(title: string, items: string[] | undefined): string[] {
  if (!items?.length) return [];
  return [`**${esc(title)}**`, '', ...items.map((item) => `- ${esc(item)}`), ''];
}

/** `**Label:** value`, the label in the export's language. */
function fact(label: string, value: string): string {
  return `**${esc(label)}** ${value}`;
}

function metricsTable(metrics: Metric[] | undefined, tr: Translator): string[] {
  if (!metrics?.length) return [];
  const number = (n: number | undefined) => (n === undefined ? '' : formatNumber(n, tr));
  const rows = metrics.map((m) => [esc(m.name), number(m.value), number(m.target), esc(m.unit ?? '')]);
  const head = [tr.t('Metric'), tr.t('Value'), tr.t('Target'), tr.t('Unit')];
  return [`**${esc(builtInLaneTitle('metrics', tr))}**`, '', ...table(head, rows), ''];
}

function header(map: CjmMap, tr: Translator): string[] {
  const facts = [map.type && fact(tr.t('Type:'), esc(map.type)), map.owner && fact(tr.t('Owner:'), esc(map.owner))].filter(Boolean);
  const out = [`# ${esc(map.title)}`, ''];
  if (map.description) out.push(esc(map.description), '');
  if (facts.length) out.push(facts.join(' · '), '');
  return out;
}

function personas(map: CjmMap, tr: Translator): string[] {
  if (!map.personas?.length) return [];
  const out = [`## ${esc(builtInLaneTitle('personas', tr))}`, ''];
  for (const p of map.personas) {
    out.push(`### ${esc(p.name)}`, '');
    if (p.description) out.push(esc(p.description), '');
    if (p.quote) out.push(`> ${tr.t('“{0}”', esc(p.quote))}`, '');
    out.push(...list(builtInLaneTitle('goals', tr), p.goals), ...list(tr.t('Frustrations'), p.frustrations));
  }
  return out;
}

function channels(map: CjmMap, tr: Translator): string[] {
  if (!map.channels?.length) return [];
  const rows = map.channels.map((c) => [esc(c.name), esc(c.kind ?? ''), esc(c.description ?? '')]);
  const head = [tr.t('Channel'), tr.t('Kind'), tr.t('Description')];
  return [`## ${esc(builtInLaneTitle('channels', tr))}`, '', ...table(head, rows), ''];
}

function touchpointTable(map: CjmMap, stage: Stage, tr: Translator): string[] {
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
  const head = [tr.t('Touchpoint'), tr.t('Channel'), builtInLaneTitle('personas', tr), tr.t('Emotion'),
    builtInLaneTitle('pains', tr), builtInLaneTitle('opportunities', tr), tr.t('Owner')];
  const note = touchpoints.some((tp) => tp['moment-of-truth']) ? ['', `★ ${esc(tr.t('moment of truth'))}`] : [];
  return [`**${esc(builtInLaneTitle('touchpoints', tr))}**`, '', ...table(head, rows), ...note, ''];
}

function backstageLists(stage: Stage, tr: Translator): string[] {
  const b = stage.backstage;
  if (!b) return [];
  return [...list(tr.t('Backstage: owners'), b.owners), ...list(tr.t('Backstage: systems'), b.systems),
    ...list(tr.t('Backstage: processes'), b.processes)];
}

function stageSection(map: CjmMap, stage: Stage, index: number, tr: Translator): string[] {
  const out = [`## ${index + 1}. ${esc(stage.name)}`, ''];
  if (stage.description) out.push(esc(stage.description), '');
  if (stage.goal) out.push(fact(tr.t('Goal:'), esc(stage.goal)), '');
  if (stage.emotion !== undefined) out.push(fact(tr.t('Emotion:'), esc(emotionText(map, stage.emotion))), '');
  out.push(...list(builtInLaneTitle('actions', tr), stage.actions), ...list(builtInLaneTitle('thoughts', tr), stage.thoughts));
  out.push(...touchpointTable(map, stage, tr));
  out.push(...list(builtInLaneTitle('pains', tr), stage.pains), ...list(builtInLaneTitle('opportunities', tr), stage.opportunities));
  out.push(...metricsTable(stage.metrics, tr), ...backstageLists(stage, tr));
  for (const [laneId, items] of Object.entries(stage.lanes ?? {})) {
    out.push(...list(map.lanes?.find((l) => l.id === laneId)?.name ?? laneId, items));
  }
  return out;
}

/** The whole Markdown document of a map in the translator's language (default: the map's), ending with a newline. */
export function exportMarkdown(map: CjmMap, translator: Translator = exportTranslator(map)): string {
  const lines = [...header(map, translator), ...personas(map, translator), ...channels(map, translator)];
  map.stages.forEach((stage, i) => lines.push(...stageSection(map, stage, i, translator)));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
