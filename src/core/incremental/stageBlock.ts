/**
 * One item of `stages:` parsed, converted, validated and walked on its own, in its own coordinates (offset 0
 * = the block's first character, path `['stages', 0]`), then placed at its start and index in the whole text.
 * A block is cached by its exact text: a keystroke elsewhere never parses it again.
 */
import { isMap, isSeq, type YAMLError, type YAMLMap, type YAMLSeq } from 'yaml';
import type { z } from 'zod';
import { CONTROL_CHARACTER, MAX_DEPTH, tooDeepNode, unknownAnchorProblem } from '../inputGuards';
import { walkStageItem, type MapFacts } from '../mapWalk';
import { parseMapDocument, parseMapText } from '../parseMap';
import { rangeOfNode, unresolvedAliases } from '../ranges';
import { stageSchema, type Stage } from '../schema';
import type { IdOccurrence, Path, Problem } from '../types';
import { endsAtItemBoundary } from './blockBoundary';
import type { BlockSplit } from './blockSplit';
import { hasAlias, shiftRanges } from './nodes';

/** What one stage block gives, in the block's own coordinates. */
export interface StageBlock {
  text: string;
  /** The items of the block's sequence: the stage mapping (several nodes only after a syntax error); their ranges include `shift`. */
  items: unknown[];
  /** Syntax errors and warnings of the block, local to it (errors: nothing else of the block is computed). */
  errors: readonly YAMLError[];
  warnings: readonly YAMLError[];
  /** The range of the block's one-item sequence, local to the block. */
  seqRange: [number, number, number];
  shift: number;
  data: unknown;
  /** The validated stage, or null when zod found issues. */
  model: Stage | null;
  issues: readonly z.core.$ZodIssue[];
  /** Facts of the walk, with offsets local to the block and paths under `['stages', 0]`, sorted by offset. */
  facts: MapFacts;
  /** The facts placed at a start and index, kept while both stay the same. */
  placed?: PlacedFacts;
  /**
   * Aliases no earlier anchor of the block defines, with their problems (local): when no text before the block
   * defines those anchors either, the whole analysis is these problems and the syntax warnings (see analyze).
   */
  unknownAnchors?: { name: string; problem: Problem }[];
}

/** A block's facts in the whole text's coordinates. */
export interface PlacedFacts extends MapFacts {
  start: number;
  stageIndex: number;
}

/**
 * A copy of `text` that does not keep the string it was cut from alive (in V8 a slice points into its parent:
 * a cached block must not hold a whole old version of the map).
 */
export function ownCopy(text: string): string {
  return `${text} `.slice(0, -1);
}

/** A line indented with a tab (YAML does not count tabs as indentation). */
const TAB_INDENTED_LINE = /(?:^|\n) *\t/;

/** A block is parsed as the full analysis parses the whole text (the same duplicate-key check), less the source tokens. */
const parseBlock = (text: string) => parseMapText(text);

/**
 * Parses a stage block (or a chunk of several, which is only ever used for its syntax errors); null when the
 * block cannot be judged on its own (aliases, a quote left open that runs on into the next block...).
 * `atEnd`: nothing follows the block in the whole text (no probe item is needed after it).
 */
export function parseStageBlock(blockText: string, atEnd = false): StageBlock | null {
  if (CONTROL_CHARACTER.test(blockText)) return null;
  const text = ownCopy(blockText);
  const doc = parseBlock(text);
  const seq = doc.contents;
  if (!isSeq(seq)) return null;
  // A block read with errors or warnings may not end where it ends (a quote left open runs on into the next).
  const damaged = doc.errors.length > 0 || doc.warnings.length > 0 || TAB_INDENTED_LINE.test(text);
  if (damaged && leavesSequence(text, doc, seq)) return null;
  if (damaged && !endsAtItemBoundary(text, /^ */.exec(text)![0].length, doc, parseBlock, atEnd)) return null;
  // The block's sequence sits one level below the root in the whole document.
  if (tooDeepNode(seq, MAX_DEPTH - 1)) return null;
  const base = { text, items: seq.items, seqRange: [...(seq.range ?? [0, text.length, text.length])] as [number, number, number],
    shift: 0, errors: doc.errors, warnings: doc.warnings };
  // A block with syntax errors gives nothing except those errors (neither its data nor its walk is used, as in the
  // full analysis), and yaml reports no error for an alias: an alias there reaches nothing.
  if (doc.errors.length > 0) return { ...base, data: null, model: null, issues: [], facts: emptyFacts() };
  if (text.includes('*') && hasAlias(seq)) {
    const unknownAnchors = unknownAnchorsOf(text);
    return unknownAnchors && { ...base, data: null, model: null, issues: [], facts: emptyFacts(), unknownAnchors };
  }
  if (seq.items.length !== 1 || !isMap(seq.items[0])) return null;
  const node = seq.items[0] as YAMLMap;
  const data = (doc.toJS() as unknown[])[0];
  const parsed = stageSchema.safeParse(data);
  const facts = walkStageItem(doc, text, node, ['stages', 0]);
  facts.index.declarations.sort((a, b) => a.offset - b.offset);
  facts.index.references.sort((a, b) => a.offset - b.offset);
  return { ...base, data, facts, model: parsed.success ? parsed.data : null, issues: parsed.success ? [] : parsed.error.issues };
}

/**
 * The aliases of a block that no earlier anchor of the block defines, with their problems; null when there are
 * none (every alias then reaches an anchor of the block, whose node the analysis would have to expand: a full
 * analysis does that) or one has no range.
 */
function unknownAnchorsOf(text: string): { name: string; problem: Problem }[] | null {
  const unresolved = unresolvedAliases(parseMapDocument(text));
  if (unresolved.length === 0 || unresolved.some((alias) => !rangeOfNode(alias))) return null;
  return unresolved.map((alias) => ({ name: alias.source, problem: unknownAnchorProblem(alias, text) }));
}

/**
 * True when the parse read part of the block outside its sequence (an error or warning after the sequence's end,
 * other than one at the end of the text for something left open there): in the whole text the root mapping reads
 * that part instead, with other errors, even when nothing follows the block.
 */
function leavesSequence(text: string, doc: { errors: readonly YAMLError[]; warnings: readonly YAMLError[] }, seq: YAMLSeq): boolean {
  const end = seq.range?.[2] ?? 0;
  const outside = (e: YAMLError) => e.pos[0] >= end && e.pos[0] < text.length;
  return doc.errors.some(outside) || doc.warnings.some(outside);
}

function emptyFacts(): MapFacts {
  return { index: { declarations: [], references: [] }, problems: [], touchpointForAllPersonas: false, emptyStages: [] };
}

/** A copy of a block's syntax error or warning at `start` of the whole text. */
export function placeError<T extends YAMLError>(error: T, start: number): T {
  const copy = Object.create(Object.getPrototypeOf(error) as object, Object.getOwnPropertyDescriptors(error)) as T;
  copy.pos = [error.pos[0] + start, error.pos[1] + start];
  return copy;
}

/**
 * The syntax errors and warnings of blocks `0` up to `end` (exclusive), placed at their starts in the whole text
 * (only blocks that have some are looked at: this runs on every keystroke).
 */
export function placedBlockErrors(blocks: StageBlock[], split: Pick<BlockSplit, 'starts'>, end: number): { errors: YAMLError[]; warnings: YAMLError[] } {
  const errors: YAMLError[] = [];
  const warnings: YAMLError[] = [];
  for (let i = 0; i < end; i++) {
    for (const e of blocks[i].errors) errors.push(placeError(e, split.starts[i]));
    for (const e of blocks[i].warnings) warnings.push(placeError(e, split.starts[i]));
  }
  return { errors, warnings };
}

/** The block's facts at `start` and stage `stageIndex` of the whole text (reused while neither changes). */
export function placeFacts(block: StageBlock, start: number, stageIndex: number): PlacedFacts {
  const cached = block.placed;
  if (cached && cached.start === start && cached.stageIndex === stageIndex) return cached;
  if (cached && cached.stageIndex === stageIndex) return shiftPlaced(block, cached, start);
  const { facts } = block;
  const occurrence = (o: IdOccurrence): IdOccurrence => placedOccurrence(o, start, stageIndex);
  block.placed = {
    start, stageIndex,
    index: { declarations: facts.index.declarations.map(occurrence), references: facts.index.references.map(occurrence) },
    touchpointForAllPersonas: facts.touchpointForAllPersonas,
    ...placeProblems(block, start, stageIndex),
  };
  return block.placed;
}

/** A path of a block (under `['stages', 0]`) in stage `stageIndex` of the whole map. */
const movedPath = (path: Path, stageIndex: number): Path => (stageIndex === 0 ? path : ['stages', stageIndex, ...path.slice(2)]);

/** An id occurrence of a block (its own coordinates) at `start` and stage `stageIndex` of the whole text. */
export function placedOccurrence(o: IdOccurrence, start: number, stageIndex: number): IdOccurrence {
  return movedOccurrence(o, o.offset + start, movedPath(o.path, stageIndex), o.owner && movedPath(o.owner, stageIndex));
}

const NO_PROBLEMS: Pick<MapFacts, 'problems' | 'emptyStages'> = { problems: [], emptyStages: [] };

/** The block's problems and empty stage at `start` and stage `stageIndex` of the whole text (most blocks have none). */
export function placeProblems(block: StageBlock, start: number, stageIndex: number): Pick<MapFacts, 'problems' | 'emptyStages'> {
  const { problems, emptyStages } = block.facts;
  if (problems.length === 0 && emptyStages.length === 0) return NO_PROBLEMS;
  const problem = (p: Problem): Problem => {
    const placed: Problem = { ...p, offset: p.offset + start };
    if (p.path) placed.path = movedPath(p.path, stageIndex);
    return placed;
  };
  return {
    problems: problems.map(problem),
    emptyStages: emptyStages.map((s) => ({ ...s, path: movedPath(s.path, stageIndex),
      range: { offset: s.range.offset + start, length: s.range.length } })),
  };
}

/** The placed facts moved to a new start (same index): paths are shared, only offsets change. */
function shiftPlaced(block: StageBlock, cached: PlacedFacts, start: number): PlacedFacts {
  const delta = start - cached.start;
  const occurrence = (o: IdOccurrence): IdOccurrence => movedOccurrence(o, o.offset + delta, o.path, o.owner);
  block.placed = {
    start, stageIndex: cached.stageIndex,
    index: { declarations: cached.index.declarations.map(occurrence), references: cached.index.references.map(occurrence) },
    problems: cached.problems.map((p) => ({ ...p, offset: p.offset + delta })),
    touchpointForAllPersonas: cached.touchpointForAllPersonas,
    emptyStages: cached.emptyStages.map((s) => ({ ...s, range: { offset: s.range.offset + delta, length: s.range.length } })),
  };
  return block.placed;
}

/**
 * An occurrence at another offset and path, written out field by field (the fields mapWalk gives it, `owner` only
 * when there is one): every keystroke makes one for each id of each stage after the edited one.
 */
function movedOccurrence(o: IdOccurrence, offset: number, path: IdOccurrence['path'], owner: IdOccurrence['owner']): IdOccurrence {
  if (owner === undefined) return { kind: o.kind, id: o.id, path, offset, length: o.length };
  return { kind: o.kind, id: o.id, path, offset, length: o.length, owner };
}

/** Moves the block's node ranges to `start` (for the document stitched from the blocks). */
export function moveBlockNodes(block: StageBlock, start: number): void {
  for (const item of block.items) shiftRanges(item, start - block.shift);
  block.shift = start;
}
