/**
 * The parts of a map outside its stages: the header (every top-level key up to `stages:`) and the suffix
 * (top-level keys after the stages), each parsed on its own and cached by its text.
 */
import { isMap, isScalar, type Document, type Pair, type YAMLMap } from 'yaml';
import { CONTROL_CHARACTER, MAX_DEPTH, tooDeepNode } from '../inputGuards';
import { parseMapText } from '../parseMap';
import { keyText } from '../ranges';
import { hasAlias, shiftRanges } from './nodes';
import { ownCopy } from './stageBlock';

/** A parsed top-level part: its root mapping, whose ranges currently include `shift`. */
export interface RootPart {
  text: string;
  doc: Document.Parsed;
  root: YAMLMap;
  shift: number;
  /** Its keys as text. */
  keys: string[];
  /** Its data (treat as read-only). */
  data: Record<string, unknown>;
}

/** Parses a header or suffix; null when it cannot be judged on its own. */
export function parseRootPart(partText: string): RootPart | null {
  if (CONTROL_CHARACTER.test(partText)) return null;
  const text = ownCopy(partText);
  const doc = parseMapText(text);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return null;
  const root = doc.contents;
  // Only a block mapping continues the whole text's root mapping (a flow one at column 0 would be an error there).
  if (!isMap(root) || root.flow || root.items.length === 0) return null;
  // An anchor or tag before the part's first key (`&a` alone on a line after the stages) makes the part's own parse
  // open a new mapping there; the whole text reads that line inside the root mapping already open, with errors.
  if (root.anchor || root.tag) return null;
  if (tooDeepNode(root, MAX_DEPTH - 1)) return null;
  if (text.includes('*') && hasAlias(root)) return null;
  const keys: string[] = [];
  for (const pair of root.items) {
    // An empty key (`: x` at a line start) stands, in the whole text, at the end of the node before it: not alone.
    if (isEmptyKey(pair.key)) return null;
    const key = keyText(pair.key);
    if (key === null) return null;
    keys.push(key);
  }
  return { text, doc, root, shift: 0, keys, data: doc.toJS() as Record<string, unknown> };
}

function isEmptyKey(key: unknown): boolean {
  const range = (key as { range?: [number, number, number] } | null)?.range;
  return key === null || (isScalar(key) && !!range && range[0] === range[1]);
}

/** The header's `stages` pair when it is the header's last key, written at `offset` with nothing after the colon. */
export function headerStagesPair(header: RootPart, offset: number): Pair | null {
  const last = header.root.items[header.root.items.length - 1] as Pair | undefined;
  if (!last || header.keys[header.keys.length - 1] !== 'stages' || header.keys.indexOf('stages') !== header.keys.length - 1) return null;
  const keyRange = (last.key as { range?: [number, number, number] }).range;
  if (!keyRange || keyRange[0] !== offset) return null;
  const value = last.value;
  if (value !== null && !(isScalar(value) && value.value === null && value.source === '')) return null;
  return last;
}

/** Moves a part's node ranges to `start`. */
export function movePart(part: RootPart, start: number): void {
  shiftRanges(part.root, start - part.shift);
  part.shift = start;
}
