/**
 * Changes in words: one line per change (`cjm diff --format text`, the map editor's tooltips) and a one-line
 * summary ("3 touchpoints added, 1 removed, 5 changed; emotion at Check out −1 → +1"). Plain text, no Markdown.
 */
import { signedScore } from '../emotionText';
import { t, tPlural } from '../l10n/translate';
import { kindName } from '../problems';
import type { CjmMap } from '../schema';
import type { ChangeKind, ChangeValue, ElementType, MapChange } from './types';

/** The name of an element, by type and id, from the new map or else the old one; undefined when it has none. */
export type NameOf = (type: ElementType, id: string) => string | undefined;

/** Names of every element of both maps (the new name wins). */
export function namesOf(oldMap: CjmMap, newMap: CjmMap): NameOf {
  const names = new Map<string, string>();
  for (const map of [oldMap, newMap]) {
    const put = (type: ElementType, id: string, name: string) => names.set(`${type}\u0000${id}`, name);
    map.personas?.forEach((p) => put('persona', p.id, p.name));
    map.channels?.forEach((c) => put('channel', c.id, c.name));
    map.lanes?.forEach((l) => put('lane', l.id, l.name));
    for (const stage of map.stages) {
      put('stage', stage.id, stage.name);
      for (const tp of stage.touchpoints ?? []) put('touchpoint', tp.id, tp.name);
    }
  }
  return (type, id) => names.get(`${type}\u0000${id}`);
}

/** The sign that starts a change's text line. */
export const CHANGE_SIGNS: Record<ChangeKind, string> = { added: '+', removed: '-', changed: '~', moved: '>', renamed: '=' };

/** `touchpoint "Pay" (pay)`; the map is just `map` (the kind of element in the active language). */
export function elementLabel(type: ElementType, id: string, nameOf: NameOf): string {
  if (type === 'map') return kindName('map');
  const name = type === 'metric' ? undefined : nameOf(type, id);
  return name === undefined || name === id ? `${kindName(type)} ${id}` : `${kindName(type)} "${name}" (${id})`;
}

/** The element's label with where it is: `metric nps of touchpoint "Pay" (pay)`, `touchpoint … in stage …`. */
function placedLabel(change: MapChange, nameOf: NameOf, withStage: boolean): string {
  const label = elementLabel(change.type, change.id, nameOf);
  if (change.touchpoint !== undefined) return t('{0} of {1}', label, elementLabel('touchpoint', change.touchpoint, nameOf));
  if (withStage && change.stage !== undefined && change.kind !== 'moved') return t('{0} in {1}', label, elementLabel('stage', change.stage, nameOf));
  return label;
}

/** A value in a sentence: texts quoted, scores signed, none as "(none)". */
export function valueText(value: ChangeValue, field?: string): string {
  if (value === null) return t('(none)');
  if (typeof value === 'number' && field === 'emotion') return signedScore(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.map((item) => JSON.stringify(item)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** What changed, after the element's label: `name "Pay" → "Pay by card"`, `moved from stage discover to buy`, … */
export function changeDetail(change: MapChange, nameOf: NameOf): string {
  switch (change.kind) {
    case 'added': return t('added');
    case 'removed': return t('removed');
    case 'renamed': return t('renamed from {0}', String(change.old));
    case 'moved': return typeof change.old === 'number'
      ? t('moved from position {0} to {1}', change.old, String(change.new))
      : t('moved from {0} to {1}', elementLabel('stage', String(change.old), nameOf), elementLabel('stage', String(change.new), nameOf));
    case 'changed': return fieldDetail(change, nameOf);
  }
}

function fieldDetail(change: MapChange, nameOf: NameOf): string {
  const field = change.persona !== undefined
    ? t('{0} of {1}', change.field ?? '', elementLabel('persona', change.persona, nameOf)) : change.field ?? '';
  if (Array.isArray(change.old) || Array.isArray(change.new)) {
    const parts = [...(change.old as string[]).map((item) => `−${JSON.stringify(item)}`),
      ...(change.new as string[]).map((item) => `+${JSON.stringify(item)}`)];
    return `${field} ${parts.join(', ')}`;
  }
  return `${field} ${valueText(change.old, change.field)} → ${valueText(change.new, change.field)}`;
}

/**
 * One line for a change, without its sign: `touchpoint "Pay" (pay) in stage "Buy" (buy): name "Pay" → "Pay by card"`;
 * `withStage: false` leaves out the stage (under a heading that names it).
 */
export function describeChange(change: MapChange, nameOf: NameOf, withStage = true): string {
  return `${placedLabel(change, nameOf, withStage)}: ${changeDetail(change, nameOf)}`;
}

/** The text form: one signed line per change. */
export function formatChangesText(changes: MapChange[], nameOf: NameOf): string {
  return changes.map((c) => `${CHANGE_SIGNS[c.kind]} ${describeChange(c, nameOf)}\n`).join('');
}

/** `3 touchpoints`, in the active language's plural form. */
function countOf(type: Exclude<ElementType, 'map'>, n: number): string {
  switch (type) {
    case 'persona': return tPlural(n, '{0} persona', '{0} personas', n);
    case 'channel': return tPlural(n, '{0} channel', '{0} channels', n);
    case 'lane': return tPlural(n, '{0} lane', '{0} lanes', n);
    case 'stage': return tPlural(n, '{0} stage', '{0} stages', n);
    case 'touchpoint': return tPlural(n, '{0} touchpoint', '{0} touchpoints', n);
    case 'metric': return tPlural(n, '{0} metric', '{0} metrics', n);
  }
}

/** `3 touchpoints added`, `1 removed`: what happened to how many (`what` a count, with or without its noun). */
function kindCount(kind: ChangeKind, what: string): string {
  switch (kind) {
    case 'added': return t('{0} added', what);
    case 'removed': return t('{0} removed', what);
    case 'changed': return t('{0} changed', what);
    case 'moved': return t('{0} moved', what);
    case 'renamed': return t('{0} renamed', what);
  }
}
const SUMMARY_TYPES: ElementType[] = ['touchpoint', 'stage', 'persona', 'channel', 'lane', 'metric', 'map'];
const SUMMARY_KINDS: ChangeKind[] = ['added', 'removed', 'changed', 'moved', 'renamed'];
/** At most this many stage emotions are named in a summary. */
const SUMMARY_EMOTIONS = 3;

/** "3 touchpoints added, 1 removed, 5 changed; 1 stage moved; emotion at Check out −1 → +1", or "No changes". */
export function summarizeChanges(changes: MapChange[], nameOf: NameOf): string {
  if (changes.length === 0) return t('No changes');
  const parts = SUMMARY_TYPES.flatMap((type) => {
    const counts = SUMMARY_KINDS.map((kind) => [kind, new Set(changes
      .filter((c) => c.type === type && c.kind === kind).map((c) => `${c.stage}/${c.touchpoint}/${c.id}`)).size] as const)
      .filter(([, n]) => n > 0);
    if (counts.length === 0) return [];
    if (type === 'map') return [t('map header changed')];
    const [first, ...rest] = counts;
    return [[kindCount(first[0], countOf(type, first[1])), ...rest.map(([kind, n]) => kindCount(kind, String(n)))].join(', ')];
  });
  const emotions = changes.filter((c) => c.type === 'stage' && c.field === 'emotion');
  const named = emotions.slice(0, SUMMARY_EMOTIONS).map((c) => {
    const stage = nameOf('stage', c.id) ?? c.id;
    const [from, to] = [valueText(c.old, 'emotion'), valueText(c.new, 'emotion')];
    return c.persona !== undefined
      ? t('emotion at {0} for {1} {2} → {3}', stage, nameOf('persona', c.persona) ?? c.persona, from, to)
      : t('emotion at {0} {1} → {2}', stage, from, to);
  });
  const more = emotions.length - SUMMARY_EMOTIONS;
  if (more > 0) named.push(tPlural(more, '{0} more stage emotion', '{0} more stage emotions', more));
  return [...parts, ...named].join('; ');
}
