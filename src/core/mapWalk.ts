/**
 * One pass over the YAML tree of a map: every id declaration and reference with its exact range, the
 * emotion checks, and the facts the warnings need. Works on whatever parsed, even when the schema fails.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { EMOTION_MAX, EMOTION_MIN } from './schema';
import { t } from './l10n/translate';
import { cut, describeValue, makeProblem } from './problems';
import { findPair, innerRangeOfNode, keyText, rangeOfNode, resolveNode, type TextRange } from './ranges';
import type { IdIndex, IdKind, IdOccurrence, Path, Problem } from './types';

/** What one walk of a map found. */
export interface MapFacts {
  index: IdIndex;
  problems: Problem[];
  /** True when some touchpoint has no `personas:` list, so it serves every persona. */
  touchpointForAllPersonas: boolean;
  /** Stages without touchpoints: their path and the range to warn at. */
  emptyStages: { path: Path; id: string | null; range: TextRange }[];
}

interface Walk extends MapFacts {
  doc: Document.Parsed;
  text: string;
}

/** Walks the root mapping of `doc`. */
export function walkMap(doc: Document.Parsed, text: string, root: YAMLMap): MapFacts {
  const w = newWalk(doc, text);
  walkRoot(w, root);
  forEachItem(w, root, 'stages', [], (stage, path) => walkStage(w, stage, path));
  return w;
}

/** Walks everything of the root mapping except its stages (the map id, personas, channels, lanes). */
export function walkHeader(doc: Document.Parsed, text: string, root: YAMLMap): MapFacts {
  const w = newWalk(doc, text);
  walkRoot(w, root);
  return w;
}

/** Walks one stage mapping found at `path` (`['stages', i]`); ranges are those of `doc`, which parsed `text`. */
export function walkStageItem(doc: Document.Parsed, text: string, stage: YAMLMap, path: Path): MapFacts {
  const w = newWalk(doc, text);
  walkStage(w, stage, path);
  return w;
}

function newWalk(doc: Document.Parsed, text: string): Walk {
  return { doc, text, index: { declarations: [], references: [] }, problems: [], touchpointForAllPersonas: false, emptyStages: [] };
}

function walkRoot(w: Walk, root: YAMLMap): void {
  declare(w, 'map', root, []);
  for (const [kind, key] of [['persona', 'personas'], ['channel', 'channels'], ['lane', 'lanes']] as const) {
    forEachItem(w, root, key, [], (item, path) => declare(w, kind, item, path));
  }
}

function walkStage(w: Walk, stage: YAMLMap, path: Path): void {
  declare(w, 'stage', stage, path);
  forEachItem(w, stage, 'metrics', path, (metric, mPath) => declare(w, 'metric', metric, mPath, path));
  const lanes = valueOf(w, stage, 'lanes');
  if (isMap(lanes)) forEachKey(w, lanes, [...path, 'lanes'], (key, kPath) => reference(w, 'lane', key, kPath));
  checkEmotion(w, stage, path);
  let touchpoints = 0;
  forEachItem(w, stage, 'touchpoints', path, (tp, tpPath) => {
    touchpoints++;
    walkTouchpoint(w, tp, tpPath);
  });
  const list = valueOf(w, stage, 'touchpoints');
  const isEmpty = list === null || (isScalar(list) && list.value === null) || (isSeq(list) && list.items.length === 0);
  if (touchpoints === 0 && isEmpty) {
    const id = idNode(w, stage);
    w.emptyStages.push({ path, id: id ? String(id.value) : null, range: anchorOfItem(w, stage) });
  }
}

function walkTouchpoint(w: Walk, tp: YAMLMap, path: Path): void {
  declare(w, 'touchpoint', tp, path);
  forEachItem(w, tp, 'metrics', path, (metric, mPath) => declare(w, 'metric', metric, mPath, path));
  const channel = valueOf(w, tp, 'channel');
  if (isScalar(channel) && typeof channel.value === 'string') reference(w, 'channel', channel, [...path, 'channel']);
  const personas = valueOf(w, tp, 'personas');
  if (isSeq(personas)) {
    personas.items.forEach((item, i) => {
      const node = resolveNode(w.doc, item);
      if (isScalar(node) && typeof node.value === 'string') reference(w, 'persona', node, [...path, 'personas', i]);
    });
  } else {
    w.touchpointForAllPersonas = true;
  }
  checkEmotion(w, tp, path);
}

/** Emotion: an integer in range, or a mapping of persona id → such an integer. */
function checkEmotion(w: Walk, owner: YAMLMap, ownerPath: Path): void {
  const pair = findPair(owner, 'emotion');
  if (!pair) return;
  const path = [...ownerPath, 'emotion'];
  const node = resolveNode(w.doc, pair.value);
  if (isMap(node)) {
    forEachKey(w, node, path, (key, kPath, value) => {
      reference(w, 'persona', key, kPath);
      checkScore(w, value, kPath);
    });
  } else if (isScalar(node) && typeof node.value === 'number') {
    checkScore(w, node, path);
  } else {
    const value = isScalar(node) ? node.value : isSeq(node) ? [] : undefined;
    const range = rangeOfNode(node);
    w.problems.push(makeProblem('wrong-type', range && range.length > 0 ? range : rangeOfNode(pair.key)!,
      t('"emotion" must be an integer from -2 to +2, or one per persona such as { anna: 1 }; got {0}.', describeValue(value)),
      { path }));
  }
}

/** How an emotion is written: an optional sign and decimal digits (`2`, `-1`, `+2`); never `2.0`, `0x2` or `1e0`. */
const PLAIN_INTEGER = /^[-+]?[0-9]+$/;

function checkScore(w: Walk, node: Node | null, path: Path): void {
  const value = isScalar(node) ? node.value : undefined;
  const range = rangeOfNode(node);
  if (!range) return;
  const written = w.text.slice(range.offset, range.offset + range.length);
  const inRange = Number.isInteger(value) && (value as number) >= EMOTION_MIN && (value as number) <= EMOTION_MAX;
  if (inRange && PLAIN_INTEGER.test(written)) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    w.problems.push(makeProblem('wrong-type', range,
      t('An emotion must be an integer from -2 to +2; got {0}.', describeValue(isSeq(node) ? [] : isMap(node) ? {} : value)), { path }));
    return;
  }
  const nearest = String(Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(value))));
  const message = inRange
    ? t('Emotion {0} must be written as a whole number: {1} (no decimal point, exponent, hexadecimal or octal).', written, nearest)
    : Number.isInteger(value)
      ? t('Emotion {0} is out of range: use an integer from -2 (very negative) to +2 (very positive).', cut(written))
      : t('Emotion {0} is not an integer: use an integer from -2 (very negative) to +2 (very positive).', cut(written));
  w.problems.push(makeProblem('invalid-emotion', range, message, { path, suggestion: nearest }));
}

function declare(w: Walk, kind: IdKind, item: YAMLMap, path: Path, owner?: Path): void {
  // A map's `{ use: id }` persona item declares the shared persona's id in the map.
  const key = kind === 'persona' && !findPair(item, 'id') && findPair(item, 'use') ? 'use' : 'id';
  const node = idNode(w, item, key);
  if (!node) return;
  const occurrence = occurrenceOf(w, kind, node, [...path, key]);
  if (!occurrence) return;
  if (owner) occurrence.owner = owner;
  w.index.declarations.push(occurrence);
}

function reference(w: Walk, kind: IdKind, node: unknown, path: Path): void {
  const occurrence = occurrenceOf(w, kind, node, path);
  if (occurrence) w.index.references.push(occurrence);
}

function occurrenceOf(w: Walk, kind: IdKind, node: unknown, path: Path): IdOccurrence | null {
  const range = innerRangeOfNode(node, w.text);
  const id = keyText(node);
  if (!range || id === null) return null;
  return { kind, id, path, offset: range.offset, length: range.length };
}

function idNode(w: Walk, item: YAMLMap, key = 'id'): (Node & { value: unknown }) | null {
  const pair = findPair(item, key);
  const node = pair ? resolveNode(w.doc, pair.value) : null;
  return isScalar(node) && typeof node.value === 'string' ? node : null;
}

/** Where to warn about a whole item: its id, else its first key, else the item. */
export function anchorOfItem(w: { doc: Document.Parsed; text: string }, item: YAMLMap): TextRange {
  const id = idNode(w as Walk, item);
  const idRange = id ? innerRangeOfNode(id, w.text) : null;
  if (idRange && idRange.length > 0) return idRange;
  const first = item.items[0] as Pair | undefined;
  return rangeOfNode(first?.key) ?? rangeOfNode(item) ?? { offset: 0, length: 0 };
}

function valueOf(w: Walk, map: YAMLMap, key: string): Node | null {
  const pair = findPair(map, key);
  return pair ? resolveNode(w.doc, pair.value) : null;
}

function forEachItem(w: Walk, map: YAMLMap, key: string, path: Path, visit: (item: YAMLMap, path: Path) => void): void {
  const list = valueOf(w, map, key);
  if (!isSeq(list)) return;
  list.items.forEach((item, i) => {
    const node = resolveNode(w.doc, item);
    if (isMap(node)) visit(node, [...path, key, i]);
  });
}

function forEachKey(w: Walk, map: YAMLMap, path: Path, visit: (key: Node, path: Path, value: Node | null) => void): void {
  for (const pair of map.items) {
    const key = keyText(pair.key);
    if (key !== null) visit(pair.key as Node, [...path, key], resolveNode(w.doc, pair.value));
  }
}
