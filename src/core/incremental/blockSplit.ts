/**
 * Cuts a map's text into independently parseable blocks: the header (every top-level key up to and including
 * the `stages:` line), one block per item of `stages:`, and the suffix (top-level keys written after the
 * stages). Returns null whenever the layout is not one this cut is sure about; the caller then analyses the
 * whole text. A block is a run of whole lines; blank and comment lines belong to the block above them.
 */

/** Where the blocks of a text are. */
export interface BlockSplit {
  /** End of the header = start of the first stage block. */
  headerEnd: number;
  /** Offset of the `stages` key in the header. */
  stagesKeyOffset: number;
  /** Start offsets of the stage blocks, in order; block i ends where block i+1 (or the suffix) starts. */
  starts: number[];
  /** Start of the suffix (text.length when there is none). */
  suffixStart: number;
  /** Indentation of the `-` of every stage item. */
  itemIndent: number;
}

const STAGES_LINE = /^stages[ \t]*:[ \t]*(?:#[^\r\n]*)?(?:\r?\n|$)/m;
const LONE_CR = /\r(?!\n)/;
const DIRECTIVE_OR_MARKER = /^(?:%|---|\.\.\.)/m;

type LineKind = 'blank' | 'item' | 'other' | 'tabbed';

/**
 * The block split of `text`, or null when the text is not laid out as plain block-style top-level keys.
 * `tabbedLines`: a line indented with a tab after the first stage item stays in its block (the caller's parse of
 * each block must then judge it, and whether the block still ends where it ends); otherwise such a line gives null.
 */
export function splitBlocks(text: string, tabbedLines = false): BlockSplit | null {
  if (LONE_CR.test(text)) return null; // a carriage return alone breaks lines for YAML but not for this scan
  const match = STAGES_LINE.exec(text);
  if (!match) return null;
  const header = text.slice(0, match.index);
  if (/^%/m.test(header)) return null; // a directive would change how every block parses
  const scan = scanLines(text, match.index + match[0].length, text.length, -1, tabbedLines);
  if (!scan || scan.starts.length === 0) return null;
  const { starts, suffixStart, itemIndent } = scan;
  if (suffixStart < text.length && DIRECTIVE_OR_MARKER.test(text.slice(suffixStart))) return null;
  return { headerEnd: starts[0], stagesKeyOffset: match.index, starts, suffixStart, itemIndent };
}

/**
 * Exactly `splitBlocks(text, true)`, from the split of an earlier version `before` of the text: when the two differ
 * inside the stage blocks only, just the lines of the blocks that changed are looked at again (a keystroke in a big
 * map no longer scans the whole text). Null when that cannot be shown; the caller then splits the whole text.
 */
export function splitAfterEdit(before: string, split: BlockSplit, text: string): BlockSplit | null {
  return editedSplit(before, split, text)?.split ?? null;
}

/** A split made by splitAfterEdit, with how many of the earlier version's blocks it kept as they were. */
export interface EditedSplit {
  split: BlockSplit;
  /** The first `keptBefore` blocks have the same text at the same offsets as the earlier version's first ones. */
  keptBefore: number;
  /** The last `keptAfter` blocks have the same text as the earlier version's last ones (moved by the edit's length). */
  keptAfter: number;
}

/** splitAfterEdit, saying which blocks it found unchanged (their texts need not be compared again). */
export function editedSplit(before: string, split: BlockSplit, text: string): EditedSplit | null {
  const { starts, suffixStart, headerEnd, itemIndent } = split;
  const count = starts.length;
  const delta = text.length - before.length;
  const end = (i: number) => (i + 1 < count ? starts[i + 1] : suffixStart);
  const same = (from: number, to: number, shift: number) => before.slice(from, to) === text.slice(from + shift, to + shift);
  if (!same(0, headerEnd, 0) || !same(suffixStart, before.length, delta)) return null;
  let first = 0;
  while (first < count && same(starts[first], end(first), 0)) first++;
  if (first === count) return delta === 0 ? { split, keptBefore: count, keptAfter: 0 } : null;
  let last = count - 1;
  while (last > first && same(starts[last], end(last), delta)) last--;
  const from = starts[first];
  const to = end(last) + delta;
  // The blocks kept on either side still start and end on whole lines; the ones between are scanned again.
  if (to <= from || text.charCodeAt(to - 1) !== 10 || LONE_CR.test(text.slice(from, to))) return null;
  const scan = scanLines(text, from, to, itemIndent, true);
  if (!scan || scan.starts[0] !== from || scan.suffixStart !== to) return null;
  const after = starts.slice(last + 1).map((start) => start + delta);
  return { split: { ...split, starts: [...starts.slice(0, first), ...scan.starts, ...after], suffixStart: suffixStart + delta },
    keptBefore: first, keptAfter: count - 1 - last };
}

/** What a scan of the stage lines found: where the items start, where the suffix starts, the items' indentation. */
interface LineScan {
  starts: number[];
  suffixStart: number;
  itemIndent: number;
}

/**
 * The lines from `from` (a line start) up to `to`, looked at as lines of the `stages:` list: the start of every item
 * at `itemIndent` (-1: the first item sets it), and the first top-level line (the suffix; `to` when none). Null
 * when a line does not fit that layout (see splitBlocks).
 */
function scanLines(text: string, from: number, to: number, itemIndent: number, tabbedLines: boolean): LineScan | null {
  const starts: number[] = [];
  let indentOfItems = itemIndent;
  for (let lineStart = from; lineStart < to;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const { indent, kind } = classifyLine(text, lineStart, lineEnd);
    // A line indented with a tab stays in the block it is written in: the block's parse judges it (a tab at the
    // items' indentation or less, which the whole text may read as leaving the stages, fails that block's probe).
    if (kind === 'tabbed' && (indentOfItems < 0 || !tabbedLines)) return null;
    if (kind !== 'blank' && kind !== 'tabbed') {
      if (indentOfItems < 0) {
        if (kind !== 'item') return null;
        indentOfItems = indent;
      }
      if (indent === indentOfItems && kind === 'item') {
        starts.push(lineStart);
      } else if (indent === 0) {
        return { starts, suffixStart: lineStart, itemIndent: indentOfItems };
      } else if (indent <= indentOfItems) {
        return null;
      }
    }
    lineStart = indentOfItems < 0 ? lineEnd : nextLineToLookAt(text, lineStart, indentOfItems);
  }
  return { starts, suffixStart: to, itemIndent: indentOfItems };
}

const SKIPPERS = new Map<number, RegExp>();

/**
 * The start of the first line after the one at `lineStart` that can end a block: not blank, not a comment and
 * not indented deeper than the items (found by one regular expression instead of a look at every line).
 */
function nextLineToLookAt(text: string, lineStart: number, itemIndent: number): number {
  let skipper = SKIPPERS.get(itemIndent);
  if (!skipper) {
    skipper = new RegExp(`\\n(?! {${itemIndent + 1}}| *(?:#|\\r?\\n|$))`, 'g');
    SKIPPERS.set(itemIndent, skipper);
  }
  skipper.lastIndex = lineStart;
  const found = skipper.exec(text);
  return found ? found.index + 1 : text.length;
}

/** The indentation of a line and what it holds: nothing (blank or comment), a `- ` item, a tab, something else. */
function classifyLine(text: string, start: number, end: number): { indent: number; kind: LineKind } {
  let at = start;
  while (at < end && text.charCodeAt(at) === 32) at++;
  const indent = at - start;
  const ch = at < end ? text[at] : '\n';
  if (ch === '\n' || ch === '\r' || ch === '#') return { indent, kind: 'blank' };
  if (ch === '\t') return { indent, kind: 'tabbed' };
  if (ch === '-') {
    const next = at + 1 < end ? text[at + 1] : '\n';
    if (next === ' ' || next === '\n' || next === '\r') return { indent, kind: 'item' };
  }
  return { indent, kind: 'other' };
}

/** The end of stage block `i`. */
export function blockEnd(split: BlockSplit, i: number): number {
  return i + 1 < split.starts.length ? split.starts[i + 1] : split.suffixStart;
}

/**
 * The text block `i` is parsed from: the block and, before another item, the spaces that indent that item's
 * `-` (a full parse counts them into the end of a node that closes with a comment line).
 */
export function blockParseText(text: string, split: BlockSplit, i: number): string {
  return chunkParseText(text, split, i, i + 1);
}

/** The text blocks `first` up to (not including) `end` are parsed from together, as blockParseText cuts it. */
export function chunkParseText(text: string, split: BlockSplit, first: number, end: number): string {
  const stop = end < split.starts.length ? split.starts[end] + split.itemIndent : split.suffixStart;
  return text.slice(split.starts[first], stop);
}

/** The split with the blocks `first` up to `end` (exclusive) made one. */
export function mergeBlocks(split: BlockSplit, first: number, end: number): BlockSplit {
  return { ...split, starts: [...split.starts.slice(0, first + 1), ...split.starts.slice(end)] };
}
