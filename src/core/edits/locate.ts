/**
 * Finds nodes of a parsed YAML document by path and measures the text they occupy:
 * where a list item or a key/value pair starts and ends, whole lines included.
 */
import { t } from '../l10n/translate';
import { isCollection, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { Path } from '../types';
import {
  isCommentLineDeeperThan, lineAt, lineStart, nextLineStart, onlySpacesBefore,
} from './textLayout';

/** A node found by path, with what holds it. */
export interface Located {
  /** The node at the path; null when the last key is missing from its map. */
  node: Node | null;
  /** The collection that holds (or would hold) the node; null for the document's root. */
  parent: YAMLMap | YAMLSeq | null;
  /** For a map entry: its pair (null when the key is missing). */
  pair: Pair | null;
  /** True when some collection on the way is a flow collection (`[...]` or `{...}`). */
  inFlow: boolean;
}

/** Resolves a path through maps (string keys) and lists (indexes); a message (a sentence) when it leads nowhere. */
export function locate(doc: Document, path: Path): Located | string {
  let node = doc.contents as Node | null;
  let parent: YAMLMap | YAMLSeq | null = null;
  let pair: Pair | null = null;
  let inFlow = false;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (!isCollection(node)) return t('{0} is not a list or a map.', describe(path.slice(0, i)));
    inFlow ||= node.flow === true;
    parent = node;
    if (isSeq(node)) {
      if (typeof segment !== 'number' || segment >= node.items.length) return t('{0} does not exist.', describe(path.slice(0, i + 1)));
      node = node.items[segment] as Node;
      pair = null;
    } else {
      if (typeof segment !== 'string') return t('{0}: a map needs a key, not an index.', describe(path.slice(0, i + 1)));
      pair = findPair(node, segment);
      const last = i === path.length - 1;
      if (!pair && !last) return t('{0} does not exist.', describe(path.slice(0, i + 1)));
      node = (pair?.value ?? null) as Node | null;
    }
  }
  return { node, parent, pair, inFlow };
}

/** The pair of a map whose scalar key equals `key`. */
export function findPair(map: YAMLMap, key: string): Pair | null {
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item as Pair;
  }
  return null;
}

/** A path written for messages, e.g. `stages[0].touchpoints`. */
export function describe(path: Path): string {
  if (path.length === 0) return t('the map');
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/**
 * Offset just past the last character of a node's own content (no trailing comments, spaces or breaks), except
 * that the final line breaks of a `|+` or `>+` block scalar are content: the lines an item takes end there.
 */
export function contentEnd(text: string, node: Node | Pair | null | undefined, fallback: number): number {
  return endOf(text, node, fallback, true);
}

/** Like contentEnd, but always before the final line breaks: where a value's text is replaced by another. */
export function writtenEnd(text: string, node: Node | Pair | null | undefined, fallback: number): number {
  return endOf(text, node, fallback, false);
}

function endOf(text: string, node: Node | Pair | null | undefined, fallback: number, keptBreaks: boolean): number {
  if (!node) return fallback;
  if (isPair(node)) {
    const keyEnd = (node.key as Node | null)?.range?.[1] ?? fallback;
    return endOf(text, node.value as Node | null, keyEnd, keptBreaks);
  }
  if (isCollection(node) && !node.flow && node.items.length > 0) {
    return endOf(text, node.items[node.items.length - 1] as Node | Pair, node.range?.[0] ?? fallback, keptBreaks);
  }
  const range = node.range;
  if (!range) return fallback;
  if (keptBreaks && isKeptBlockScalar(text, node)) return range[1];
  let end = range[1];
  while (end > range[0] && /\s/.test(text[end - 1])) end--;
  return end;
}

/** True when the node is a block scalar with "keep" chomping (`|+`, `>+`, `|2+`, …), whose final line breaks are content. */
function isKeptBlockScalar(text: string, node: Node): boolean {
  if (!isScalar(node) || (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') || !node.range) return false;
  return /^[|>](?:[1-9]?\+|\+[1-9])/.test(text.slice(node.range[0], node.range[0] + 4));
}

/** Offset of a node's first character. */
export function startOf(node: Node | Pair): number | null {
  if (isPair(node)) return (node.key as Node | null)?.range?.[0] ?? null;
  return node.range?.[0] ?? null;
}

/** Offset of the `-` that introduces a block list's item at `index`; null when the layout is not a plain block list. */
export function dashOffset(text: string, seq: YAMLSeq, index: number): number | null {
  const item = seq.items[index] as Node | null;
  const start = item?.range?.[0];
  if (start === undefined) return null;
  let at = start - 1;
  while (at >= 0 && /[ \t\r\n]/.test(text[at])) at--;
  if (text[at] !== '-') return null;
  return onlySpacesBefore(text, at) ? at : null;
}

/** Whole lines of a block item: from the start of the line of `start` to the end of its last content line, plus deeper comment lines that follow. */
export function blockSpan(text: string, start: number, end: number, column: number): [number, number] {
  let stop = nextLineStart(text, Math.max(end - 1, start));
  while (stop < text.length && isCommentLineDeeperThan(lineAt(text, stop), column)) stop = nextLineStart(text, stop);
  return [lineStart(text, start), stop];
}

/** Whole-line span of the block list item at `index` (its `-` line through its last line); null when not a plain block item. */
export function seqItemSpan(text: string, seq: YAMLSeq, index: number): { span: [number, number]; dash: number } | null {
  const dash = dashOffset(text, seq, index);
  if (dash === null) return null;
  const end = contentEnd(text, seq.items[index] as Node, dash + 1);
  return { span: blockSpan(text, dash, end, dash - lineStart(text, dash)), dash };
}

/** Whole-line span of a block map's pair; null when its key does not start its own line (e.g. right after `- `). */
export function pairSpan(text: string, pair: Pair): [number, number] | null {
  const start = startOf(pair);
  if (start === null || !onlySpacesBefore(text, start)) return null;
  return blockSpan(text, start, contentEnd(text, pair, start), start - lineStart(text, start));
}

/** Offset just past the `:` that follows a pair's key; null when not found on the key's line. */
export function colonAfterKey(text: string, pair: Pair): number | null {
  const keyEnd = (pair.key as Node | null)?.range?.[1];
  if (keyEnd === undefined) return null;
  const match = /^[ \t]*:/.exec(text.slice(keyEnd, keyEnd + 200));
  return match ? keyEnd + match[0].length : null;
}
