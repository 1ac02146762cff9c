/**
 * Text splices that add or take out one entry of a list or a map, in block or flow style, touching whole
 * lines in block style and keeping the blank-line rhythm between entries.
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { Path } from '../types';
import { colonAfterKey, contentEnd, locate, pairSpan, seqItemSpan, startOf, writtenEnd } from './locate';
import type { Located } from './locate';
import { isStructured, renderBlock, renderFlow } from './render';
import type { Plain } from './render';
import {
  blankLineBetween, deletionAtEnd, linesAt, flowEntryRanges, flowSeparator, leadingCommentStart, seqIndentOf, skipBlankLines,
  widenForRemoval,
} from './splices';
import type { Splice } from './splices';
import { columnOf, eolOf, lineStart, reindent } from './textLayout';

/** An item already written as block lines (a moved item keeps its own text), with the column of its `-`. */
export interface BlockItem {
  text: string;
  column: number;
  /** True when its lines hold comments: a one-line flow collection cannot take them, so it is not written there. */
  comments: boolean;
}

/** Block lines of a list item at `column`: the carried text re-indented, or `value` written afresh. */
function itemLines(value: Plain, column: number, eol: string, carried?: BlockItem): string {
  if (carried) {
    const moved = reindent(carried.text, column - carried.column);
    if (moved !== null) return moved;
  }
  return renderBlock(value, column, eol, true);
}

/** Splices that insert `value` at `index` of a block list. */
function insertIntoBlockSeq(text: string, seq: YAMLSeq, index: number, value: Plain, carried?: BlockItem): Splice[] | null {
  const eol = eolOf(text);
  const count = seq.items.length;
  const spans = [Math.max(0, count - 2), count - 1, Math.min(index, count - 1)].map((i) => seqItemSpan(text, seq, i));
  if (spans.some((s) => s === null)) return null;
  const [beforeLast, last, at] = spans as NonNullable<(typeof spans)[number]>[];
  const column = columnOf(text, last.dash);
  const separated = count > 1 && blankLineBetween(text, beforeLast.span[1], lineStart(text, last.dash));
  const lines = itemLines(value, column, eol, carried);
  // An item ending in a `|+` or `>+` scalar takes every blank line after it as content: none may follow it.
  const keptEnd = /\n[ \t]*\r?\n$/.test(lines);
  if (index < count) {
    const pos = leadingCommentStart(text, at.span[0], columnOf(text, at.dash));
    return [{ start: pos, end: pos, insert: lines + (separated && !keptEnd ? eol : '') }];
  }
  const end = last.span[1];
  const pos = keptEnd ? skipBlankLines(text, end) : end;
  // After a last item ending in a `|+` scalar, its own blank lines already separate: one more would join its value.
  const lastKept = contentEnd(text, seq.items[count - 1] as Node, 0) !== writtenEnd(text, seq.items[count - 1] as Node, 0);
  return [{ start: pos, end: pos, insert: linesAt(text, pos, (separated && pos === end && !lastKept ? eol : '') + lines, eol) }];
}

/** Splices that insert `value` at `index` of a flow list `[...]`. */
function insertIntoFlowSeq(text: string, seq: YAMLSeq, index: number, value: Plain): Splice[] | null {
  const ranges = flowEntryRanges(text, seq);
  const range = seq.range;
  if (!ranges || !range) return null;
  const written = renderFlow(value, true);
  if (ranges.length === 0) return [{ start: range[0], end: range[1], insert: `[${written}]` }];
  const sep = flowSeparator(text, ranges);
  if (index < ranges.length) return [{ start: ranges[index][0], end: ranges[index][0], insert: written + sep }];
  const end = ranges[ranges.length - 1][1];
  return [{ start: end, end, insert: sep + written }];
}

/** What follows `key:` when a pair holds `value` in block style: ` scalar`, ` [a, b]` or a line break and indented lines. */
function afterColon(text: string, doc: Document, key: string, value: Plain, column: number, carried?: BlockItem): string {
  const eol = eolOf(text);
  const indentSeq = seqIndentOf(text, doc);
  if (carried && Array.isArray(value) && value.length === 1) {
    return eol + itemLines(value[0], column + indentSeq, eol, carried).replace(/\r?\n$/, '');
  }
  const lines = renderBlock({ [key]: value }, column, eol, false).replace(/\r?\n$/, '');
  const head = lines.indexOf(':');
  const rest = lines.slice(head + 1);
  if (!isStructured(value) || rest.startsWith(' ')) return rest;
  return eol + (indentSeq === 2 || !Array.isArray(value) ? rest.slice(eol.length) : reindent(rest.slice(eol.length), indentSeq - 2) ?? '');
}

/** Splices that add the pair `key: value` to a map (block or flow). */
export function addPair(text: string, doc: Document, map: YAMLMap, key: string, value: Plain, carried?: BlockItem): Splice[] | null {
  const eol = eolOf(text);
  if (map.flow) {
    const ranges = flowEntryRanges(text, map);
    if (!ranges || !map.range || carried?.comments) return null;
    const entry = `${renderFlow(key, true)}: ${renderFlow(value, true)}`;
    if (ranges.length === 0) return [{ start: map.range[0], end: map.range[1], insert: `{ ${entry} }` }];
    const end = ranges[ranges.length - 1][1];
    return [{ start: end, end, insert: flowSeparator(text, ranges) + entry }];
  }
  const first = map.items[0] as Pair | undefined;
  const last = map.items[map.items.length - 1] as Pair | undefined;
  const keyStart = first ? startOf(first) : null;
  if (!first || !last || keyStart === null) return null;
  const column = columnOf(text, keyStart);
  const end = pairSpan(text, last)?.[1] ?? nextLineEnd(text, contentEnd(text, last, keyStart));
  const rest = afterColon(text, doc, key, value, column, carried);
  const pos = keptEnd(rest) ? skipBlankLines(text, end) : end;
  const line = ' '.repeat(column) + renderFlow(key, false) + ':' + rest + eol;
  return [{ start: pos, end: pos, insert: linesAt(text, pos, line, eol) }];
}

/**
 * True when block text written after a colon ends in a `|+` or `>+` scalar (its last line is blank): every blank
 * line that follows it would become part of that scalar, so it must go after them.
 */
function keptEnd(afterColonText: string): boolean {
  return afterColonText.endsWith('\n');
}

function nextLineEnd(text: string, offset: number): number {
  const at = text.indexOf('\n', offset);
  return at < 0 ? text.length : at + 1;
}

/** Splices that insert `value` at `index` of the list at `path`, creating the list when its key is missing or empty. */
export function insertSplices(text: string, doc: Document, path: Path, index: number, value: Plain, carried?: BlockItem): Splice[] | null {
  const found = locate(doc, path);
  if (typeof found === 'string') return null;
  const { node, parent, pair } = found;
  if (isSeq(node)) return node.flow ? flowInsertOrOpen(text, doc, node, found, index, value, carried) : insertIntoBlockSeq(text, node, index, value, carried);
  const key = path[path.length - 1];
  if (!isMap(parent) || typeof key !== 'string') return null;
  if (!node) return addPair(text, doc, parent, key, [value], carried);
  if (isScalar(node) && node.value === null && pair) return replaceValue(text, doc, pair, key, [value], carried);
  return null;
}

/** Inserts into a flow list; an empty `[]` receiving a map becomes a block list. */
function flowInsertOrOpen(text: string, doc: Document, seq: YAMLSeq, found: Located, index: number, value: Plain, carried?: BlockItem): Splice[] | null {
  const { pair, inFlow } = found;
  const key = pair && isScalar(pair.key) ? String(pair.key.value) : null;
  // Inside a flow collection (`- { id: s, touchpoints: [] }`) the list stays flow: block lines cannot go there.
  if (seq.items.length === 0 && isStructured(value) && pair && key !== null && !inFlow) return replaceValue(text, doc, pair, key, [value], carried);
  return carried?.comments ? null : insertIntoFlowSeq(text, seq, index, value);
}

/** Replaces a pair's value (after its colon) with `value` written in block style. */
function replaceValue(text: string, doc: Document, pair: Pair, key: string, value: Plain, carried?: BlockItem): Splice[] | null {
  const colon = colonAfterKey(text, pair);
  const keyStart = startOf(pair);
  if (colon === null || keyStart === null) return null;
  const end = writtenEnd(text, pair.value as Node, colon);
  const written = afterColon(text, doc, key, value, columnOf(text, keyStart), carried);
  const lineEnd = nextLineEnd(text, end);
  const pos = keptEnd(written) ? skipBlankLines(text, lineEnd) : lineEnd;
  if (pos === lineEnd) return [{ start: colon, end, insert: written }];
  const eol = eolOf(text);
  return [{ start: colon, end, insert: '' }, { start: pos, end: pos, insert: written.slice(eol.length) + eol }];
}

/** Splices that take out the list item or map pair at `path`; an emptied list becomes `[]`, an emptied map `{}`. */
export function removeSplices(text: string, doc: Document, path: Path): Splice[] | null {
  const found = locate(doc, path);
  if (typeof found === 'string' || !found.parent) return null;
  const { parent } = found;
  const index = isSeq(parent) ? (path[path.length - 1] as number) : parent.items.indexOf(found.pair as Pair);
  if (index < 0) return null;
  if (parent.flow) return removeFromFlow(text, parent, index);
  if (parent.items.length === 1) return emptyBlock(text, doc, path, parent);
  if (isSeq(parent)) {
    const withComments = itemSpanWithComments(text, parent, index);
    const floor = index > 0 ? seqItemSpan(text, parent, index - 1)?.span[1] : 0;
    if (!withComments || floor === undefined) return null;
    const span = widenForRemoval(text, withComments, index, parent.items.length, floor);
    return [removal(text, span, index > 0 ? parent.items[index - 1] as Node : null)];
  }
  return removeBlockPair(text, parent, index);
}

/** The whole lines of a block list item with the comment lines directly above it (they belong to the item). */
function itemSpanWithComments(text: string, seq: YAMLSeq, index: number): [number, number] | null {
  const item = seqItemSpan(text, seq, index);
  return item && [leadingCommentStart(text, item.span[0], columnOf(text, item.dash)), item.span[1]];
}

/**
 * The splice that deletes a whole-line span. When the entry before it ends in a `|+` or `>+` scalar, the blank
 * lines after the span go too: left there, they would become part of that scalar.
 */
function removal(text: string, span: [number, number], previous: Node | Pair | null): Splice {
  const kept = previous !== null && contentEnd(text, previous, 0) !== writtenEnd(text, previous, 0);
  const [start, end] = deletionAtEnd(text, kept ? [span[0], skipBlankLines(text, span[1])] : span);
  return { start, end, insert: '' };
}

function removeBlockPair(text: string, map: YAMLMap, index: number): Splice[] | null {
  const pair = map.items[index] as Pair;
  const span = pairSpan(text, pair);
  const before = index > 0 ? map.items[index - 1] as Pair : null;
  const floor = before ? contentEnd(text, before, 0) : 0;
  if (span) return [removal(text, widenForRemoval(text, span, index, map.items.length, floor), before)];
  // A first key sharing its line with `- `: the next key moves up onto that line.
  const start = startOf(pair);
  const next = map.items[index + 1] as Pair | undefined;
  const nextStart = next ? startOf(next) : null;
  if (index !== 0 || start === null || nextStart === null) return null;
  return [{ start, end: nextStart, insert: '' }];
}

function removeFromFlow(text: string, collection: YAMLSeq | YAMLMap, index: number): Splice[] | null {
  const ranges = flowEntryRanges(text, collection);
  if (!ranges) return null;
  if (ranges.length === 1) return [{ start: ranges[0][0], end: ranges[0][1], insert: '' }];
  if (index < ranges.length - 1) return [{ start: ranges[index][0], end: ranges[index + 1][0], insert: '' }];
  return [{ start: ranges[index - 1][1], end: ranges[index][1], insert: '' }];
}

/** Removing the only entry of a block collection: its lines go, and the collection is written `[]` or `{}`. */
function emptyBlock(text: string, doc: Document, path: Path, collection: YAMLSeq | YAMLMap): Splice[] | null {
  const empty = isSeq(collection) ? '[]' : '{}';
  const holder = locate(doc, path.slice(0, -1));
  const onlyItem = collection.items[0] as Node | Pair;
  const span = isSeq(collection) ? itemSpanWithComments(text, collection, 0) : pairSpan(text, onlyItem as Pair);
  if (typeof holder !== 'string' && holder.pair && span) {
    const colon = colonAfterKey(text, holder.pair);
    if (colon === null || colon > span[0]) return null;
    return [{ start: colon, end: colon, insert: ` ${empty}` }, { start: span[0], end: span[1], insert: '' }];
  }
  const start = startOf(onlyItem);
  if (start === null || !isPair(onlyItem)) return null;
  return [{ start, end: contentEnd(text, onlyItem, start), insert: empty }];
}
