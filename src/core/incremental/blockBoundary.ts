/**
 * Whether a block of text that YAML reads with errors still ends where the block ends. A quote, bracket or
 * broken structure left open inside a block can make a parse of the whole text read the next blocks as part
 * of it (an unclosed `'` with no `'` after it swallows the rest of the file), and then a parse of the block on
 * its own reports other problems than the whole text gives. The test: the block is followed by a probe item
 * (`- a: b`, then `c: d`) at the items' indentation and parsed again; the block ends cleanly when the probe is
 * read as a new item of the block's top-level sequence, without errors, and the block's own errors stay the same. The lexer and parser decide how a line starts
 * from their state at its start and from its own first characters, so a real next item (or a top-level key,
 * which is even less indented) is then read as the probe was.
 */
import { isMap, isSeq, type YAMLError } from 'yaml';

/** A two-key mapping item, as every stage is: `- a: b` and, on the next line, `c: d`. */
const probeText = (itemIndent: number) => `- a: b\n${' '.repeat(itemIndent + 2)}c: d\n`;

/** Where the probe's `-` goes after `text` (null: the text ends without a line break, so nothing can follow it). */
function probeOffset(text: string, itemIndent: number): { probe: string; offset: number } | null {
  if (text.endsWith('\n')) {
    const indent = ' '.repeat(itemIndent);
    return { probe: indent + probeText(itemIndent), offset: text.length + itemIndent };
  }
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak >= 0 && text.length - lastBreak - 1 === itemIndent && /^ *$/.test(text.slice(lastBreak + 1))) {
    return { probe: probeText(itemIndent), offset: text.length };
  }
  return null;
}

/** The parts of a parsed document this check reads. */
export interface ParsedBlock {
  contents: unknown;
  errors: readonly YAMLError[];
  warnings: readonly YAMLError[];
}

/**
 * True when whatever follows `text` at the start of a line indented by `itemIndent` (or less) is read
 * independently of `text`: the probe item after it is a new two-key mapping item of its top-level sequence,
 * read without any error, and the text's own errors and warnings (`parsed`) stay exactly what they were.
 */
export function endsAtItemBoundary(text: string, itemIndent: number, parsed: ParsedBlock, parse: (text: string) => ParsedBlock): boolean {
  const placed = probeOffset(text, itemIndent);
  if (!placed) return true;
  const probed = parse(text + placed.probe);
  const seq = probed.contents;
  if (!isSeq(seq)) return false;
  const last = seq.items[seq.items.length - 1];
  if (!isMap(last) || last.range?.[0] !== placed.offset + 2 || last.items.length !== 2) return false;
  return sameErrors(parsed.errors, probed.errors) && sameErrors(parsed.warnings, probed.warnings);
}

function sameErrors(own: readonly YAMLError[], probed: readonly YAMLError[]): boolean {
  return own.length === probed.length && own.every((e, i) => e.code === probed[i].code && e.message === probed[i].message
    && e.pos[0] === probed[i].pos[0] && e.pos[1] === probed[i].pos[1]);
}
