/**
 * Changes in words: one line per change (`cjm diff --format text`, the map editor's tooltips) and a one-line
 * summary ("3 touchpoints added, 1 removed, 5 changed; emotion at Check out −1 → +1"). Plain text, no Markdown.
 */
import { signedScore } from '../emotionText';
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

/** `touchpoint "Pay" (pay)`; the map is just `map`. */
export function elementLabel(type: ElementType, id: string, nameOf: NameOf): string {
  if (type === 'map') return 'map';
  const name = type === 'metric' ? undefined : nameOf(type, id);
  return name === undefined || name === id ? `${type} ${id}` : `${type} "${name}" (${id})`;
}

function place(change: MapChange, nameOf: NameOf, withStage: boolean): string {
  const owner = change.touchpoint !== undefined ? ` of ${elementLabel('touchpoint', change.touchpoint, nameOf)}` : '';
  const stage = withStage && change.stage !== undefined && change.kind !== 'moved' && change.touchpoint === undefined
    ? ` in ${elementLabel('stage', change.stage, nameOf)}` : '';
  return owner + stage;
}

/** A value in a sentence: texts quoted, scores signed, none as "(none)". */
export function valueText(value: ChangeValue, field?: string): string {
  if (value === null) return '(none)';
  if (typeof value === 'number' && field === 'emotion') return signedScore(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.map((item) => JSON.stringify(item)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** What changed, after the element's label: `name "Pay" → "Pay by card"`, `moved from stage discover to buy`, … */
export function changeDetail(change: MapChange, nameOf: NameOf): string {
  switch (change.kind) {
    case 'added': return 'added';
    case 'removed': return 'removed';
    case 'renamed': return `renamed from ${change.old}`;
    case 'moved': return typeof change.old === 'number'
      ? `moved from position ${change.old} to ${change.new}`
      : `moved from ${elementLabel('stage', String(change.old), nameOf)} to ${elementLabel('stage', String(change.new), nameOf)}`;
    case 'changed': return fieldDetail(change, nameOf);
  }
}

function fieldDetail(change: MapChange, nameOf: NameOf): string {
  const field = change.persona !== undefined
    ? `${change.field} of ${elementLabel('persona', change.persona, nameOf)}` : change.field ?? '';
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
  return `${elementLabel(change.type, change.id, nameOf)}${place(change, nameOf, withStage)}: ${changeDetail(change, nameOf)}`;
}

/** The text form: one signed line per change. */
export function formatChangesText(changes: MapChange[], nameOf: NameOf): string {
  return changes.map((c) => `${CHANGE_SIGNS[c.kind]} ${describeChange(c, nameOf)}\n`).join('');
}

const PLURALS: Record<ElementType, string> = {
  map: 'map', persona: 'personas', channel: 'channels', lane: 'lanes', stage: 'stages', touchpoint: 'touchpoints', metric: 'metrics',
};
const SUMMARY_TYPES: ElementType[] = ['touchpoint', 'stage', 'persona', 'channel', 'lane', 'metric', 'map'];
const SUMMARY_KINDS: ChangeKind[] = ['added', 'removed', 'changed', 'moved', 'renamed'];
/** At most this many stage emotions are named in a summary. */
const SUMMARY_EMOTIONS = 3;

/** "3 touchpoints added, 1 removed, 5 changed; 1 stage moved; emotion at Check out −1 → +1", or "No changes". */
export function summarizeChanges(changes: MapChange[], nameOf: NameOf): string {
  if (changes.length === 0) return 'No changes';
  const parts = SUMMARY_TYPES.flatMap((type) => {
    const counts = SUMMARY_KINDS.map((kind) => [kind, new Set(changes
      .filter((c) => c.type === type && c.kind === kind).map((c) => `${c.stage}/${c.touchpoint}/${c.id}`)).size] as const)
      .filter(([, n]) => n > 0);
    if (counts.length === 0) return [];
    if (type === 'map') return ['map header changed'];
    const [first, ...rest] = counts;
    const noun = first[1] === 1 ? type : PLURALS[type];
    return [[`${first[1]} ${noun} ${first[0]}`, ...rest.map(([kind, n]) => `${n} ${kind}`)].join(', ')];
  });
  const emotions = changes.filter((c) => c.type === 'stage' && c.field === 'emotion');
  const named = emotions.slice(0, SUMMARY_EMOTIONS).map((c) => {
    const who = c.persona !== undefined ? ` for ${nameOf('persona', c.persona) ?? c.persona}` : '';
    return `emotion at ${nameOf('stage', c.id) ?? c.id}${who} ${valueText(c.old, 'emotion')} → ${valueText(c.new, 'emotion')}`;
  });
  if (emotions.length > SUMMARY_EMOTIONS) named.push(`${emotions.length - SUMMARY_EMOTIONS} more stage emotions`);
  return [...parts, ...named].join('; ');
}
