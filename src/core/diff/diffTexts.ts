/**
 * Two map texts → their diff, or one message that says which side cannot be read as a map and why (the first
 * error, with its 1-based line and column): never a partial diff of a map that does not parse.
 */
import { t } from '../l10n/translate';
import { analyze } from '../analyze';
import { LineLocator } from '../lineLocator';
import type { CjmMap } from '../schema';
import { diffMaps } from './diffMaps';
import type { MapChange } from './types';

/** One side of a comparison: its text and how to name it in messages (a path, or `REF:path`). */
export interface DiffSide {
  label: string;
  text: string;
}

/** The diff of two texts, or why there is none. */
export type TextDiff = { ok: true; changes: MapChange[]; old: CjmMap; new: CjmMap } | { ok: false; error: string };

/** The map of one side, or a message naming the side and its first error. */
export function mapOfSide(side: DiffSide): { map: CjmMap } | { error: string } {
  const analysis = analyze(side.text, { fileName: side.label });
  if (analysis.model) return { map: analysis.model };
  const first = analysis.problems.find((p) => p.severity === 'error') ?? analysis.problems[0];
  if (!first) return { error: t('{0} is not a journey map.', side.label) };
  const at = new LineLocator(side.text).at(first.offset);
  return { error: `${side.label}:${at.line + 1}:${at.character + 1}: ${t('cannot compare this map: {0} {1}', first.code, first.message)}` };
}

/** Compares two map texts; when either does not read as a map, an error for each such side and no changes. */
export function diffTexts(oldSide: DiffSide, newSide: DiffSide): TextDiff {
  const before = mapOfSide(oldSide);
  const after = mapOfSide(newSide);
  if ('error' in before || 'error' in after) {
    return { ok: false, error: [before, after].flatMap((s) => ('error' in s ? [s.error] : [])).join('\n') };
  }
  return { ok: true, changes: diffMaps(before.map, after.map), old: before.map, new: after.map };
}
