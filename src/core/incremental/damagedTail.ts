/**
 * The syntax errors of a text whose damage in one stage makes a parse of the whole text read every line after it
 * differently (a tab at the start of a line: the line becomes a top-level key, and the stages after it are read as
 * keys and values of the mapping that key opens). Such a text has syntax errors, so its whole analysis is those
 * errors (see analyze); they are found from a short text instead of the whole one. The parser loses its footing for
 * a stage or two after the damage and then, at the start of some later stage, opens a block sequence at the items'
 * indentation and reads every stage after it as an item of that sequence, as the undamaged text reads them. Where
 * that happens is found by a probe, as in blockBoundary: the header, the damaged stage and the stages after it up to
 * a candidate stage, that stage, a probe item and the last stage with whatever follows it are parsed together; when
 * the probe and the last stage are read as the next items of a sequence that starts at the candidate, the stages
 * left out between them (which parse without errors on their own) are read as the probe is, and add no errors. The
 * errors of the short text, moved to where their text sits in the whole one, are then the whole text's errors after
 * the damaged stage. When no candidate passes, the header and everything from the damaged stage on are parsed (the
 * stages before it are read as on their own, as everywhere in the incremental analysis).
 */
import { isMap, isPair, isSeq, type YAMLError, type YAMLSeq } from 'yaml';
import { CONTROL_CHARACTER } from '../inputGuards';
import { parseMapText } from '../parseMap';
import type { BlockSplit } from './blockSplit';
import { placeError, type StageBlock } from './stageBlock';

/** The errors and warnings of the whole text from the damaged stage on, and the distance at which the reading came back. */
export interface DamagedTail {
  errors: YAMLError[];
  warnings: YAMLError[];
  /** Stages from the damaged one to the one where the parse came back to reading items (0: none, all was parsed). */
  distance: number;
}

/** How many stages after the damaged one are tried as the place where the reading comes back. */
const MAX_DISTANCE = 4;

/** Where one piece of the short text comes from in the whole text. */
interface Piece {
  /** Start in the short text. */
  from: number;
  /** Start of the same characters in the whole text; null: the probe, which is not in the whole text. */
  at: number | null;
}

/**
 * The errors and warnings of `text` from stage `damaged` on. `blockAt(i)` gives stage i (after the damaged one) as
 * parsed on its own, or null; `firstDistance` the distance to try first (the one found last time). Null when the
 * text has no syntax error (its analysis then needs more than errors) or holds a control character.
 */
export function damagedTail(text: string, split: BlockSplit, damaged: number, blockAt: (i: number) => StageBlock | null,
  firstDistance: number): DamagedTail | null {
  const count = split.starts.length;
  const cleanFrom = firstOfCleanRun(split, damaged, blockAt);
  const tried = new Set<number>();
  for (const distance of [firstDistance, ...Array.from({ length: MAX_DISTANCE }, (_, d) => d + 1)]) {
    const resumeAt = damaged + distance;
    if (distance < 1 || tried.has(distance) || resumeAt < cleanFrom || resumeAt >= count - 1) continue;
    tried.add(distance);
    const found = probedTail(text, split, damaged, resumeAt);
    if (found) return { ...found, distance };
  }
  return wholeTail(text, split, damaged);
}

/** The first stage of the run of stages, up to the last, that parse on their own without errors or warnings. */
function firstOfCleanRun(split: BlockSplit, damaged: number, blockAt: (i: number) => StageBlock | null): number {
  let first = split.starts.length;
  while (first - 1 > damaged) {
    const block = blockAt(first - 1);
    if (!block || block.errors.length > 0 || block.warnings.length > 0) break;
    first--;
  }
  return first;
}

/** The header and everything from the damaged stage on, parsed together. */
function wholeTail(text: string, split: BlockSplit, damaged: number): DamagedTail | null {
  const pieces: Piece[] = [{ from: 0, at: 0 }, { from: split.headerEnd, at: split.starts[damaged] }];
  const short = text.slice(0, split.headerEnd) + text.slice(split.starts[damaged]);
  const doc = parseShort(short);
  const moved = doc && movedErrors(doc, pieces);
  return moved && { ...moved, distance: 0 };
}

/**
 * The errors when the reading comes back at stage `resumeAt`: the header, the stages from the damaged one up to it,
 * that stage, a probe item and the last stage with the suffix, parsed together; null when the probe and the last
 * stage are not read as the next items of a sequence that starts at stage `resumeAt`.
 */
function probedTail(text: string, split: BlockSplit, damaged: number, resumeAt: number): Omit<DamagedTail, 'distance'> | null {
  const { starts, itemIndent } = split;
  const last = starts.length - 1;
  const indent = ' '.repeat(itemIndent);
  const probe = `${indent}- a: b\n${indent}  c: d\n`;
  const parts = [text.slice(0, split.headerEnd), text.slice(starts[damaged], starts[resumeAt]),
    text.slice(starts[resumeAt], starts[resumeAt + 1]), probe, text.slice(starts[last])];
  const at = [0, starts[damaged], starts[resumeAt], null, starts[last]];
  const pieces: Piece[] = [];
  let from = 0;
  parts.forEach((part, i) => {
    pieces.push({ from, at: at[i] });
    from += part.length;
  });
  const doc = parseShort(parts.join(''));
  const seq = doc && sequenceAt(doc, pieces[2].from + itemIndent);
  // The sequence that starts at the candidate stage holds that stage, the probe and the last stage, nothing else.
  const itemStarts = [pieces[2].from, pieces[3].from, pieces[4].from].map((start) => start + itemIndent + 2);
  if (!seq || seq.items.length !== 3 || seq.items.some((item, i) => !isMap(item) || item.range?.[0] !== itemStarts[i])) return null;
  if ((seq.items[1] as { items: unknown[] }).items.length !== 2) return null;
  // The candidate stage and the probe parse cleanly: an error inside them (after the candidate's `-`) is a sign
  // that the reading there is not the undamaged one.
  const inside = (e: YAMLError) => e.pos[0] > pieces[2].from + itemIndent && e.pos[0] < pieces[4].from;
  if (doc!.errors.some(inside) || doc!.warnings.some(inside)) return null;
  return movedErrors(doc!, pieces);
}

/** The short text parsed; null when it holds a control character or has no errors (or too deep a nesting) to give. */
function parseShort(short: string): ParsedShort | null {
  if (CONTROL_CHARACTER.test(short)) return null;
  const doc = parseMapText(short);
  if (doc.errors.length === 0 || doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) return null;
  return doc;
}

type ParsedShort = ReturnType<typeof parseMapText>;

/** The short text's errors and warnings moved to where their text sits in the whole text; null when one is in the probe. */
function movedErrors(doc: ParsedShort, pieces: Piece[]): Omit<DamagedTail, 'distance'> | null {
  const errors: YAMLError[] = [];
  const warnings: YAMLError[] = [];
  for (const [from, to] of [[doc.errors, errors], [doc.warnings, warnings]] as const) {
    for (const error of from) {
      const start = placed(error.pos[0], pieces, false);
      const end = error.pos[1] === error.pos[0] ? start : placed(error.pos[1], pieces, true);
      if (start === null || end === null) return null;
      const moved = placeError(error, 0);
      moved.pos = [start, end];
      to.push(moved);
    }
  }
  return { errors, warnings };
}

/**
 * Where offset `pos` of the short text is in the whole text: a start belongs to the piece it is in, an end to the
 * piece it closes (an end at a piece's start is the end of the piece before). Null inside the probe.
 */
function placed(pos: number, pieces: Piece[], isEnd: boolean): number | null {
  let piece = pieces[0];
  for (const candidate of pieces) {
    if (isEnd ? candidate.from < pos : candidate.from <= pos) piece = candidate;
  }
  return piece.at === null ? null : pos - piece.from + piece.at;
}

/** The block sequence of a parse whose range starts at `offset` (anywhere in the tree), or null. */
function sequenceAt(doc: ParsedShort, offset: number): YAMLSeq | null {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
    } else if (isSeq(node) || isMap(node)) {
      if (isSeq(node) && !node.flow && node.range?.[0] === offset) return node;
      stack.push(...node.items);
    }
  }
  return null;
}
