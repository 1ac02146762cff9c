/**
 * A diff as Markdown for a pull-request comment: a heading naming both sides, the summary, then a section for the
 * map header, one per stage (its own changes and those of its touchpoints and metrics), and one for personas,
 * channels and lanes. Every text from the maps is escaped.
 */
import { t } from '../l10n/translate';
import { escapeMarkdown } from '../markdownText';
import { CHANGE_SIGNS, describeChange, elementLabel, summarizeChanges, type NameOf } from './describe';
import type { MapChange } from './types';

/** The section a change belongs to: `map`, a stage id (as `stage:<id>`), or `lists`. */
function sectionOf(change: MapChange): string {
  if (change.type === 'map') return 'map';
  if (change.type === 'stage') return `stage:${change.id}`;
  if (change.stage !== undefined) return `stage:${change.stage}`;
  return 'lists';
}

function heading(section: string, nameOf: NameOf): string {
  if (section === 'map') return t('Map');
  if (section === 'lists') return t('Personas, channels and lanes');
  return escapeMarkdown(elementLabel('stage', section.slice('stage:'.length), nameOf));
}

/** The Markdown of a diff between the sides labelled `oldLabel` and `newLabel`. */
export function formatChangesMarkdown(changes: MapChange[], nameOf: NameOf, oldLabel: string, newLabel: string): string {
  const out = [`### ${t('Journey map diff: {0} → {1}', `\`${oldLabel.replace(/`/g, "'")}\``, `\`${newLabel.replace(/`/g, "'")}\``)}`, '',
    `**${escapeMarkdown(summarizeChanges(changes, nameOf))}**`, ''];
  const sections = new Map<string, MapChange[]>();
  for (const change of changes) {
    const key = sectionOf(change);
    const list = sections.get(key);
    if (list) list.push(change);
    else sections.set(key, [change]);
  }
  for (const [section, list] of sections) {
    out.push(`#### ${heading(section, nameOf)}`, '');
    for (const change of list) {
      out.push(`- \`${CHANGE_SIGNS[change.kind]}\` ${escapeMarkdown(describeChange(change, nameOf, false))}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
