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
  const starts: number[] = [];
  let itemIndent = -1;
  let suffixStart = text.length;
  for (let lineStart = match.index + match[0].length; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const { indent, kind } = classifyLine(text, lineStart, lineEnd);
    // A line indented with a tab stays in the block it is written in: the block's parse judges it (a tab at the
    // items' indentation or less, which the whole text may read as leaving the stages, fails that block's probe).
    if (kind === 'tabbed' && (itemIndent < 0 || !tabbedLines)) return null;
    if (kind !== 'blank' && kind !== 'tabbed') {
      if (itemIndent < 0) {
        if (kind !== 'item') return null;
        itemIndent = indent;
      }
      if (indent === itemIndent && kind === 'item') {
        starts.push(lineStart);
      } else if (indent === 0) {
        suffixStart = lineStart;
        break;
      } else if (indent <= itemIndent) {
        return null;
      }
    }
    lineStart = itemIndent < 0 ? lineEnd : nextLineToLookAt(text, lineStart, itemIndent);
  }
  if (starts.length === 0) return null;
  if (suffixStart < text.length && DIRECTIVE_OR_MARKER.test(text.slice(suffixStart))) return null;
  return { headerEnd: starts[0], stagesKeyOffset: match.index, starts, suffixStart, itemIndent };
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
