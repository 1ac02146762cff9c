/**
 * Analysis that follows the size of the edit, not of the map: the text is cut into the header, one block per
 * stage and the suffix (see blockSplit); each block is parsed, converted, validated and walked once and cached
 * by its exact text, so a keystroke inside one stage parses only that stage. The checks that span blocks
 * (references, duplicates, unused declarations, the id index) then run over the merged facts, which is cheap.
 * Whenever the cut is not certain to give what a full analysis gives, the full analysis runs instead: the
 * result is always exactly `analyze(text)`. `doc` is stitched from the blocks' nodes on first access only.
 */
import type { Document, YAMLError } from 'yaml';
import { analyze, type AnalyzeOptions } from '../analyze';
import { MAX_TEXT_LENGTH, syntaxProblems } from '../inputGuards';
import type { Analysis } from '../types';
import { assemble, brokenAnalysis } from './assembleAnalysis';
import { blockParseText, chunkParseText, editedSplit, mergeBlocks, splitBlocks, type BlockSplit, type EditedSplit } from './blockSplit';
import { headerStagesPair, movePart, parseRootPart, type RootPart } from './rootParts';
import { parseStageBlock, placedBlockErrors, type StageBlock } from './stageBlock';
import { yieldToEventLoop } from '../yieldToEventLoop';
import { damagedTail } from './damagedTail';
import { ReferenceCheckCache } from './referenceCheckCache';
import type { Pieces } from './stitchedDocument';

/** How the last analysis was made (for benchmarks and tests). */
export interface IncrementalStats {
  mode: 'incremental' | 'full';
  /** Stage blocks parsed by the last analysis (the others came from the cache). */
  parsedBlocks: number;
  /** Stage blocks of the last analysis. */
  blocks: number;
  /**
   * Set when a tab or other damage made the whole parse read every stage after it differently and the errors came
   * from a short text (see damagedTail): the stages from the damaged one to where the reading came back (0: the
   * header and everything from the damaged stage on were parsed).
   */
  tailDistance?: number;
  /** An unforeseen error of the incremental path that sent this analysis to the full one (the caller logs it). */
  failure?: unknown;
}

/** Analyses successive versions of one map, reusing the blocks that did not change. */
export class IncrementalAnalyzer {
  private blocks = new Map<string, StageBlock>();
  /** Blocks parsed ahead by analyzeInSlices for the next analysis. */
  private warm = new Map<string, StageBlock>();
  private lastBlocks: StageBlock[] = [];
  /** The split `lastBlocks` were made for, when they are its blocks one for one (no chunk merged); else null. */
  private lastBlocksSplit: BlockSplit | null = null;
  /** Texts of blocks that do not end cleanly on their own (kept for one analysis, like the blocks). */
  private unbounded = new Set<string>();
  /** The last chunk merged: its first block and how many blocks it took (the next keystroke there starts from it). */
  private lastChunk = { first: -1, size: 2 };
  private header: RootPart | null = null;
  private suffix: RootPart | null = null;
  private parsedBlocks = 0;
  private readonly referenceChecks = new ReferenceCheckCache();
  /** Where the parse came back to reading stages after the last damage that ran on (see damagedTail). */
  private lastTail = { damaged: -1, distance: 1 };
  /** The text last cut and its split (before any chunk merging): the next version is split from it. */
  private lastSplit: { text: string; split: BlockSplit } | null = null;
  /** Counts analyses: only the latest one may move the cached nodes. */
  private generation = 0;
  /** How the last analysis was made. */
  stats: IncrementalStats = { mode: 'full', parsedBlocks: 0, blocks: 0 };

  constructor(private readonly options: AnalyzeOptions = {}) {}

  /** Exactly `analyze(text, options)`, computed from the cached blocks where that is safe. */
  analyze(text: string): Analysis {
    try {
      // Control characters are looked for block by block (each block once); only the size is checked here.
      const pieces = typeof text === 'string' && text.length <= MAX_TEXT_LENGTH ? this.cut(text) : null;
      if (pieces && 'errors' in pieces) {
        this.stats = { mode: 'incremental', parsedBlocks: this.parsedBlocks, blocks: pieces.blocks, tailDistance: pieces.distance };
        this.generation++;
        return brokenAnalysis(text, syntaxProblems(pieces as unknown as Document.Parsed, text), this.options);
      }
      if (pieces) {
        this.stats = { mode: 'incremental', parsedBlocks: this.parsedBlocks, blocks: pieces.blocks.length };
        const generation = ++this.generation;
        return assemble(text, pieces, { ...this.options, referenceChecks: this.referenceChecks }, () => generation === this.generation);
      }
    } catch (error) {
      // Anything unforeseen: the full analysis below is always right; the reason goes to the caller's log.
      this.stats = { mode: 'full', parsedBlocks: 0, blocks: 0, failure: error };
      this.generation++;
      return analyze(text, this.options);
    }
    this.stats = { mode: 'full', parsedBlocks: 0, blocks: 0 };
    this.generation++;
    return analyze(text, this.options);
  }

  /**
   * Exactly `analyze(text)`, without one long synchronous block: the stage blocks not cached yet are parsed a
   * few at a time, the event loop getting a turn (`pause`) whenever a slice has run for `sliceMs`; the analysis
   * then runs from the warm cache. A text that cannot be cut is analysed whole, as `analyze` does.
   */
  async analyzeInSlices(text: string, options: SliceOptions = {}): Promise<Analysis> {
    const { sliceMs = 10, pause = yieldToEventLoop } = options;
    const split = typeof text === 'string' && text.length <= MAX_TEXT_LENGTH ? safeSplit(text) : null;
    if (split) this.lastSplit = { text, split }; // the analysis below starts from it instead of splitting again
    let sliceStart = performance.now();
    for (let i = 0; split && i < split.starts.length; i++) {
      const blockText = blockParseText(text, split, i);
      if (!this.blocks.has(blockText) && !this.warm.has(blockText)) {
        const block = parseStageBlock(blockText);
        if (!block) break; // the analysis will need the whole text anyway
        this.warm.set(block.text, block);
      }
      if (performance.now() - sliceStart >= sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
    // The assembly of the whole analysis below is one synchronous stretch of its own, not added to the last slice.
    if (split) await pause();
    const analysis = this.analyze(text);
    this.warm.clear();
    return analysis;
  }

  /** The header, stage blocks and suffix of `text`, parsed or from the cache; null when a full analysis is needed. */
  private cut(text: string): Pieces | Broken | null {
    const last = this.lastSplit;
    const edited = last ? editedSplit(last.text, last.split, text) : null;
    const split = edited?.split ?? splitBlocks(text, true);
    // The blocks the edit left as they were are the last analysis's, when those were made for the last split.
    const kept = edited && last && this.lastBlocksSplit === last.split ? keptBlocks(edited, this.lastBlocks) : noneKept;
    this.lastSplit = split && { text, split };
    if (!split) return null;
    const header = this.part('header', text.slice(0, split.headerEnd));
    const stagesPair = header && headerStagesPair(header, split.stagesKeyOffset);
    if (!header || !stagesPair) return null;
    let suffix: RootPart | null = null;
    if (split.suffixStart < text.length) {
      suffix = this.part('suffix', text.slice(split.suffixStart));
      if (!suffix || suffix.keys.some((key) => header.keys.includes(key))) return null;
      movePart(suffix, split.suffixStart);
    }
    const stages = this.stageBlocks(text, split, kept);
    if (stages && 'errors' in stages) return stages;
    if (!stages || !anchorsUndefinedBefore(text, stages.blocks, stages.split)) return null;
    return { split: stages.split, header, stagesPair, suffix, blocks: stages.blocks };
  }

  private part(which: 'header' | 'suffix', text: string): RootPart | null {
    const cached = this[which];
    if (cached && cached.text === text) return cached;
    const part = parseRootPart(text);
    if (part) this[which] = part;
    return part;
  }

  /**
   * The stage blocks of `text`, and the split they were cut by: a block that cannot be judged on its own (a quote
   * or bracket left open that a parse of the whole text reads on into the next stages) is parsed together with
   * the blocks after it, up to the first boundary at which that chunk ends cleanly (see mergedChunk).
   */
  private stageBlocks(text: string, split: BlockSplit, kept: (i: number) => StageBlock | undefined): { blocks: StageBlock[]; split: BlockSplit } | Broken | null {
    // The same text twice in one map (a copied stage) needs two blocks: their nodes sit at two places.
    const used = new Set<StageBlock>();
    const blocks: StageBlock[] = [];
    let parsed = 0;
    const unbounded = new Set<string>();
    let cut = split;
    for (let i = 0; i < cut.starts.length; i++) {
      // Indices of `kept` are those of `split`: after a merge, blocks are found by their text.
      const known = cut === split ? kept(i) : undefined;
      let block = known && !used.has(known) ? known : undefined;
      const blockText = block ? block.text : blockParseText(text, cut, i);
      block ??= this.cachedBlock(blockText, i, used);
      if (!block) {
        const fresh = this.unbounded.has(blockText) ? null : parseStageBlock(blockText, reachesEnd(text, cut, i + 1));
        if (fresh) {
          block = fresh;
        } else {
          unbounded.add(blockText);
          // A tab at the items' indentation or less that does not end in its block makes the whole text read every
          // line after it differently, up to the end of the file: no chunk ends cleanly, only a full parse tells.
          if (tabAtItemIndent(blockText, cut.itemIndent)) return this.brokenAfter(text, cut, i, blocks);
          const merged = this.mergedChunk(text, cut, i, used);
          if (!merged) return null;
          ({ block, split: cut } = merged);
        }
        parsed++;
      }
      used.add(block);
      blocks.push(block);
    }
    this.lastBlocks = blocks;
    this.lastBlocksSplit = cut === split ? split : null;
    this.blocks = new Map(blocks.map((b) => [b.text, b]));
    this.unbounded = unbounded;
    this.parsedBlocks = parsed;
    return { blocks, split: cut };
  }

  /**
   * The syntax errors of a text whose stage `damaged` makes the whole parse read every line after it differently:
   * the stages before it from their blocks, the rest from a short text (see damagedTail). Null when that text has no
   * error (the analysis then needs more than errors).
   */
  private brokenAfter(text: string, split: BlockSplit, damaged: number, before: StageBlock[]): Broken | null {
    let parsed = 1;
    const blockAt = (i: number) => {
      const blockText = blockParseText(text, split, i);
      const cached = this.cachedBlock(blockText, i, new Set());
      if (cached) return cached;
      parsed++;
      const block = parseStageBlock(blockText, reachesEnd(text, split, i + 1));
      if (block) this.blocks.set(block.text, block);
      return block;
    };
    const firstDistance = this.lastTail.damaged === damaged ? this.lastTail.distance : 1;
    const tail = damagedTail(text, split, damaged, blockAt, firstDistance);
    this.parsedBlocks = parsed;
    if (!tail) return null;
    this.lastTail = { damaged, distance: tail.distance || 1 };
    const head = placedBlockErrors(before, split, damaged);
    return { errors: [...head.errors, ...tail.errors], warnings: [...head.warnings, ...tail.warnings], blocks: split.starts.length,
      distance: tail.distance };
  }

  /**
   * Block `first` parsed with the blocks after it, the chunk doubling in length until it ends cleanly; the split
   * then has that chunk as one block. Null when no chunk short of the suffix does.
   */
  private mergedChunk(text: string, split: BlockSplit, first: number, used: Set<StageBlock>): { block: StageBlock; split: BlockSplit } | null {
    const count = split.starts.length;
    // Any chunk that ends cleanly reads as the whole text reads it, so typing on in the same place starts from the
    // size that was needed last time instead of doubling up to it again.
    for (let size = this.lastChunk.first === first ? this.lastChunk.size : 2, end = first; end < count; size *= 2) {
      end = Math.min(count, first + size);
      const chunkText = chunkParseText(text, split, first, end);
      const cached = this.blocks.get(chunkText);
      const block = cached && !used.has(cached) ? cached : parseStageBlock(chunkText, reachesEnd(text, split, end));
      if (block) {
        this.lastChunk = { first, size };
        return { block, split: mergeBlocks(split, first, end) };
      }
    }
    return null;
  }

  /** The cached block with this text: first looked for at and beside its last index (no hashing), then by text. */
  private cachedBlock(blockText: string, i: number, used: Set<StageBlock>): StageBlock | undefined {
    for (const candidate of [this.lastBlocks[i], this.lastBlocks[i + 1], this.lastBlocks[i - 1]]) {
      if (candidate && candidate.text === blockText && !used.has(candidate)) return candidate;
    }
    const found = this.blocks.get(blockText) ?? this.warm.get(blockText);
    return found && !used.has(found) ? found : undefined;
  }
}

/** No block known unchanged. */
const noneKept = (): undefined => undefined;

/** The block at index i of the edited split when the edit left it as it was: one of `before`, the blocks of the last split. */
function keptBlocks({ split, keptBefore, keptAfter }: EditedSplit, before: StageBlock[]): (i: number) => StageBlock | undefined {
  const count = split.starts.length;
  return (i) => (i < keptBefore ? before[i] : i >= count - keptAfter ? before[i - count + before.length] : undefined);
}

/**
 * True when no text before a block that has aliases without an anchor in it (StageBlock.unknownAnchors) could
 * define one of those anchors: a whole parse then finds no anchor for them either. (`&name` anywhere before,
 * even in a comment or a longer anchor name, counts: the full analysis then decides.)
 */
function anchorsUndefinedBefore(text: string, blocks: StageBlock[], split: BlockSplit): boolean {
  return blocks.every((block, i) => !block.unknownAnchors
    || block.unknownAnchors.every(({ name }) => text.lastIndexOf(`&${name}`, split.starts[i] - 1) < 0));
}


/** A text whose analysis is its syntax errors, found without a parse of the whole text: the errors and warnings, placed. */
interface Broken {
  errors: YAMLError[];
  warnings: YAMLError[];
  /** Stage blocks of the text. */
  blocks: number;
  /** See IncrementalStats.tailDistance. */
  distance: number;
}


/** True when a line of the block starts with a tab after no more spaces than the items' indentation. */
function tabAtItemIndent(blockText: string, itemIndent: number): boolean {
  return new RegExp(`(?:^|\\n) {0,${itemIndent}}\\t`).test(blockText);
}

/** How analyzeInSlices shares the thread. */
export interface SliceOptions {
  /** How long one slice of parsing may run before the event loop gets a turn (default 10 ms). */
  sliceMs?: number;
  /** Gives the event loop a turn (default: setImmediate where there is one, else setTimeout 0). */
  pause?: () => Promise<void>;
}

function safeSplit(text: string): BlockSplit | null {
  try {
    return splitBlocks(text, true);
  } catch {
    return null;
  }
}

/** True when the blocks before `end` run to the end of the text (no suffix follows them). */
function reachesEnd(text: string, split: BlockSplit, end: number): boolean {
  return end >= split.starts.length && split.suffixStart >= text.length;
}

