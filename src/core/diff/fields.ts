/**
 * The field changes of one element present on both sides: scalars as old → new, text lists as the items removed
 * and added, an emotion per persona when either side gives one per persona, and a stage's backstage and custom
 * lanes as one list field each (`backstage.owners`, `lanes.questions`).
 */
import type { Emotion } from '../schema';
import type { ChangeValue, MapChange } from './types';

/** What a field change is about: everything of a {@link MapChange} but the kind, field and values. */
export type ChangeTarget = Pick<MapChange, 'type' | 'id' | 'stage' | 'touchpoint'>;

type Fields = Record<string, unknown>;

/** Appends the changes of the fields `keys` (in that order) between `old` and `now` to `out`. */
export function fieldChanges(old: Fields, now: Fields, keys: readonly string[], target: ChangeTarget, out: MapChange[]): void {
  for (const key of keys) {
    if (key === 'emotion') emotionChanges(old.emotion as Emotion | undefined, now.emotion as Emotion | undefined, target, out);
    else if (key === 'backstage' || key === 'lanes') nestedListChanges(key, old[key], now[key], target, out);
    else valueChange(key, old[key], now[key], target, out);
  }
}

function valueChange(field: string, old: unknown, now: unknown, target: ChangeTarget, out: MapChange[]): void {
  if (Array.isArray(old) || Array.isArray(now)) {
    listChange(field, old, now, target, out);
  } else if (old !== now) {
    out.push({ kind: 'changed', ...target, field, old: scalar(old), new: scalar(now) });
  }
}

function scalar(value: unknown): ChangeValue {
  return value === undefined ? null : (value as ChangeValue);
}

function listChange(field: string, old: unknown, now: unknown, target: ChangeTarget, out: MapChange[]): void {
  const before = Array.isArray(old) ? old.map(String) : [];
  const after = Array.isArray(now) ? now.map(String) : [];
  const removed = missingFrom(before, after);
  const added = missingFrom(after, before);
  if (removed.length || added.length) out.push({ kind: 'changed', ...target, field, old: removed, new: added });
}

/** The items of `list` not in `other`, counting repeats (an item twice in `list` and once in `other` is missing once). */
function missingFrom(list: string[], other: string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of other) counts.set(item, (counts.get(item) ?? 0) + 1);
  return list.filter((item) => {
    const left = counts.get(item) ?? 0;
    if (left > 0) counts.set(item, left - 1);
    return left === 0;
  });
}

function nestedListChanges(key: string, old: unknown, now: unknown, target: ChangeTarget, out: MapChange[]): void {
  const before = (old ?? {}) as Record<string, unknown>;
  const after = (now ?? {}) as Record<string, unknown>;
  const subKeys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const sub of subKeys) listChange(`${key}.${sub}`, before[sub], after[sub], target, out);
}

/** The score an emotion gives a persona: a single score applies to everyone. */
function scoreFor(emotion: Emotion | undefined, persona: string): number | null {
  if (emotion === undefined) return null;
  return typeof emotion === 'number' ? emotion : emotion[persona] ?? null;
}

function emotionChanges(old: Emotion | undefined, now: Emotion | undefined, target: ChangeTarget, out: MapChange[]): void {
  const perPersona = (old !== undefined && typeof old !== 'number') || (now !== undefined && typeof now !== 'number');
  if (!perPersona) {
    if (old !== now) out.push({ kind: 'changed', ...target, field: 'emotion', old: old ?? null, new: now ?? null });
    return;
  }
  const personas = [...new Set([...keysOf(now), ...keysOf(old)])];
  for (const persona of personas) {
    const before = scoreFor(old, persona);
    const after = scoreFor(now, persona);
    if (before !== after) out.push({ kind: 'changed', ...target, field: 'emotion', persona, old: before, new: after });
  }
}

function keysOf(emotion: Emotion | undefined): string[] {
  return emotion !== undefined && typeof emotion !== 'number' ? Object.keys(emotion) : [];
}
