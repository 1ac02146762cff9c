/**
 * Whether a block of text that YAML reads with errors still ends where the block ends. A quote, bracket or
 * broken structure left open inside a block can make a parse of the whole text read the next blocks as part
 * of it (an unclosed `'` with no `'` after it swallows the rest of the file), and then a parse of the block on
 * its own reports other problems than the whole text gives. The test: the block is parsed again under a
 * `stages:` key (the parser's recovery from an error depends on what encloses the block) and followed by a probe
 * item (`- a: b`, then `c: d`) at the items' indentation; the block ends cleanly when the probe is read as a new
 * item of the sequence and the block's errors stay exactly the same. The lexer and parser decide how a line starts
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

/** Parsed after this, a block sits where it sits in the whole text: the items of a top-level `stages` mapping. */
const CONTEXT = 'stages:\n';

/**
 * True when `text`, a block or chunk of stage items read with errors (`parsed`), is read by a parse of the whole
 * text exactly as on its own: parsed again as the value of a top-level `stages:` key and followed by a probe item
 * at the items' indentation (none when `atEnd`: nothing follows the text), the probe is a new two-key item of the
 * sequence and the errors and warnings are exactly the text's own.
 */
export function endsAtItemBoundary(text: string, itemIndent: number, parsed: ParsedBlock, parse: (text: string) => ParsedBlock,
  atEnd = false): boolean {
  const placed = atEnd ? { probe: '', offset: -1 } : probeOffset(text, itemIndent);
  if (!placed) return true;
  const probed = parse(CONTEXT + text + placed.probe);
  const root = probed.contents;
  if (!isMap(root) || root.items.length !== 1 || !isSeq(root.items[0].value)) return false;
  const seq = root.items[0].value;
  const last = seq.items[seq.items.length - 1];
  if (placed.probe && (!isMap(last) || last.range?.[0] !== CONTEXT.length + placed.offset + 2 || last.items.length !== 2)) return false;
  return sameErrors(parsed.errors, probed.errors) && sameErrors(parsed.warnings, probed.warnings);
}

function sameErrors(own: readonly YAMLError[], probed: readonly YAMLError[]): boolean {
  const shift = CONTEXT.length;
  return own.length === probed.length && own.every((e, i) => e.code === probed[i].code && e.message === probed[i].message
    && e.pos[0] + shift === probed[i].pos[0] && e.pos[1] + shift === probed[i].pos[1]);
}
