/**
 * Text splices and the layout facts they need: how a document indents its block lists, whether a list's
 * items are separated by blank lines, where an item's leading comment starts.
 */
import { isPair, isSeq, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import {
  columnOf, indentOfLine, isBlankLine, lineAt, lineStart, nextLineStart, previousLineStart,
} from './textLayout';
import { contentEnd, seqItemSpan, startOf } from './locate';

/** Replace `text.slice(start, end)` with `insert`. */
export interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** Applies non-overlapping splices (in any order) to a text. */
export function applySplices(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.insert + out.slice(s.end);
  return out;
}

/** How far block lists are indented under their key in this document (0 for `key:\n- a`); 2 when none shows it. */
export function seqIndentOf(text: string, doc: Document): number {
  return seqIndentWitness(text, doc).indent;
}

/** The indentation seqIndentOf reports, with the offset of the key of the list that shows it (null when none does). */
export function seqIndentWitness(text: string, doc: Document): { indent: number; keyOffset: number | null } {
  let found: number | null = null;
  let keyOffset: number | null = null;
  visit(doc, {
    Pair(_, pair) {
      if (found !== null) return visit.BREAK;
      const value = pair.value;
      const keyStart = startOf(pair as Pair);
      if (!isSeq(value) || value.flow || keyStart === null) return undefined;
      const first = seqItemSpan(text, value, 0);
      if (first) {
        found = columnOf(text, first.dash) - columnOf(text, keyStart);
        keyOffset = keyStart;
      }
      return undefined;
    },
  });
  return found !== null && found >= 0 ? { indent: found, keyOffset } : { indent: 2, keyOffset };
}

/** True when a blank line lies between offsets `from` and `to` (both line starts). */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to && at < text.length; at = nextLineStart(text, at)) if (isBlankLine(text, at)) return true;
  return false;
}

/** Where the comment lines directly above the line at `start` begin (comments at exactly `column`). */
export function leadingCommentStart(text: string, start: number, column: number): number {
  let at = start;
  for (let prev = previousLineStart(text, at); prev >= 0; prev = previousLineStart(text, at)) {
    const line = lineAt(text, prev);
    if (!line.trimStart().startsWith('#') || indentOfLine(line) !== column) break;
    at = prev;
  }
  return at;
}

/**
 * Widens an item's whole-line span so that removing it leaves no stray blank line between its neighbours; never
 * above `floor` (where the previous item ends: the blank lines of a `|+` scalar there are its content).
 */
export function widenForRemoval(text: string, span: [number, number], index: number, count: number, floor = 0): [number, number] {
  let [start, end] = span;
  const blankBefore = start > floor && isBlankLine(text, previousLineStart(text, start));
  const blankAfter = isBlankLine(text, end);
  if ((index === 0 && count > 1) || (blankBefore && blankAfter && index < count - 1)) {
    while (isBlankLine(text, end)) end = nextLineStart(text, end);
  } else if (index === count - 1 && count > 1) {
    while (start > floor && isBlankLine(text, previousLineStart(text, start))) start = previousLineStart(text, start);
  }
  return [start, end];
}

/** The start of the first line after `at` that is not blank (`at` itself when its line is not blank). */
export function skipBlankLines(text: string, at: number): number {
  let pos = at;
  while (isBlankLine(text, pos)) pos = nextLineStart(text, pos);
  return pos;
}

/** Start and end offsets of a flow collection's entries (items of `[...]`, pairs of `{...}`). */
export function flowEntryRanges(text: string, collection: YAMLSeq | YAMLMap): [number, number][] | null {
  const ranges: [number, number][] = [];
  for (const item of collection.items) {
    const node = item as Node | Pair;
    const start = startOf(node);
    if (start === null) return null;
    ranges.push([start, contentEnd(text, isPair(node) ? node : node, start)]);
  }
  return ranges;
}

/** The separator written between a flow collection's first two entries when it is one line (default `, `). */
export function flowSeparator(text: string, ranges: [number, number][]): string {
  if (ranges.length < 2) return ', ';
  const between = text.slice(ranges[0][1], ranges[1][0]);
  return /^[ \t]*,[ \t]*$/.test(between) ? between : ', ';
}

/** Lines to insert at `at`: when that is the end of a file without a final line break, the break moves before them. */
export function linesAt(text: string, at: number, lines: string, eol: string): string {
  if (at !== text.length || text.length === 0 || text.endsWith('\n')) return lines;
  return eol + lines.replace(/\r?\n$/, '');
}

/** A whole-line span to delete; at the end of a file without a final line break, the break before it goes instead. */
export function deletionAtEnd(text: string, span: [number, number]): [number, number] {
  const [start, end] = span;
  if (end !== text.length || text.endsWith('\n') || start === 0) return span;
  return [start - (text[start - 2] === '\r' ? 2 : 1), end];
}

/** Offset of the start of the line holding `offset`; re-exported for the splice builders. */
export { lineStart };
