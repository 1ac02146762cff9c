/**
 * What the live region says once the host has applied an edit made in the map: "Touchpoint “Card payment” moved to
 * Payment.", "Renamed to “Card payment”.", "Emotion set to −1.". Read from the map as it was when the edit was sent.
 * Pure: no DOM.
 */
import type { CjmMap } from '../src/core/schema';
import type { EditOp, Path } from '../src/shared/protocol';
import { signedScore } from '../src/core/emotionText';
import { t } from '../src/core/l10n/translate';

/** The value at `path` in the map, or undefined. */
function at(map: CjmMap, path: Path): unknown {
  let node: unknown = map;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const name = (value as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' ? name : undefined;
}

function moved(op: Extract<EditOp, { kind: 'move' }>, map: CjmMap): string | null {
  const name = nameOf(at(map, op.from)) ?? '';
  const toStage = op.to[0] === 'stages' && typeof op.to[1] === 'number' ? map.stages[op.to[1]] : undefined;
  if (!toStage) return t('“{0}” moved.', name);
  if (op.from[1] === op.to[1]) return t('Touchpoint “{0}” moved to position {1} in {2}.', name, op.index + 1, toStage.name);
  return t('Touchpoint “{0}” moved to {1}.', name, toStage.name);
}

function changed(op: Extract<EditOp, { kind: 'set' }>): string {
  const last = op.path[op.path.length - 1];
  const emotion = op.path.includes('emotion') && typeof op.value === 'number';
  if (emotion) return t('Emotion set to {0}.', signedScore(op.value as number));
  if (last === 'name') return t('Renamed to “{0}”.', String(op.value));
  return t('Changed to “{0}”.', String(op.value));
}

/** The sentence announcing that `op` was applied to `map`; null for a removal (its component says so already). */
export function editAnnouncement(op: EditOp, map: CjmMap): string | null {
  switch (op.kind) {
    case 'set': return changed(op);
    case 'move': return moved(op, map);
    case 'insert': return t('Added “{0}”.', nameOf(op.value) ?? '');
    case 'remove': return null;
  }
}
