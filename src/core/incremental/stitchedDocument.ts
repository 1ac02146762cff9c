/**
 * The whole map as one yaml Document made of the cached blocks' nodes: the header's keys, a `stages` list of
 * the stage mappings moved to where they now sit, and the suffix's keys. Its nodes, values and source ranges
 * are those of a full parse of the text, so every reader of `Analysis.doc` (paths, ranges, positions) works
 * on it unchanged. What depends on comments and layout (`toString`, `clone`) is answered by a full parse of
 * the text, made on first use. The nodes are shared with the analyzer's cache and are moved again by the next
 * version's document: read a document only while its version is current, and never modify it.
 */
import { Document, Pair, YAMLMap, YAMLSeq, type ToStringOptions } from 'yaml';
import { parseMapDocument } from '../parseMap';
import type { BlockSplit } from './blockSplit';
import type { RootPart } from './rootParts';
import { moveBlockNodes, placedBlockErrors, type StageBlock } from './stageBlock';

/** The pieces of one text, once all of them could be judged on their own. */
export interface Pieces {
  split: BlockSplit;
  header: RootPart;
  stagesPair: Pair;
  suffix: RootPart | null;
  blocks: StageBlock[];
}

/** A document stitched from blocks; layout-dependent operations go to a full parse of the same text. */
class StitchedDocument extends Document {
  private whole: Document.Parsed | undefined;

  constructor(private readonly wholeText: string) {
    super();
  }

  private fullParse(): Document.Parsed {
    this.whole ??= parseMapDocument(this.wholeText);
    return this.whole;
  }

  /** A deep copy of the full parse (comments and blank lines where they were written). */
  override clone(): Document {
    return this.fullParse().clone() as Document;
  }

  /** The text of the full parse (with its comments). */
  override toString(options?: ToStringOptions): string {
    return this.fullParse().toString(options);
  }
}

/** The root mapping of the whole map over the pieces' nodes (stage nodes not yet moved into place). */
export function stitchRoot(pieces: Pieces): YAMLMap {
  const { header, suffix, blocks, stagesPair } = pieces;
  const stages = new YAMLSeq();
  // A loop, not flatMap: this runs on every keystroke over every stage.
  const items: unknown[] = [];
  for (const block of blocks) for (const item of block.items) items.push(item);
  stages.items = items;
  const root = new YAMLMap();
  root.items = [...header.root.items.slice(0, -1), new Pair(stagesPair.key, stages), ...(suffix ? suffix.root.items : [])];
  return root;
}

/** Moves every stage node to its place in `text`, sets the container ranges, and wraps `root` as a document. */
export function stitchDocument(text: string, pieces: Pieces, root: YAMLMap): Document.Parsed {
  const { split, blocks, header, suffix } = pieces;
  blocks.forEach((block, i) => moveBlockNodes(block, split.starts[i]));
  const first = blocks[0];
  const lastIndex = blocks.length - 1;
  const last = blocks[lastIndex].seqRange;
  const lastStart = split.starts[lastIndex];
  const stages = (root.items.find((pair) => pair.key === pieces.stagesPair.key) as Pair<unknown, YAMLSeq>).value!;
  stages.range = [first.seqRange[0] + split.starts[0], last[1] + lastStart, last[2] + lastStart];
  // A block mapping ends where its last value ends, trailing comments included (as yaml composes it).
  const end = suffix?.root.range ?? [0, stages.range[2], stages.range[2]];
  root.range = [header.root.range?.[0] ?? 0, end[1], end[2]];
  const doc = new StitchedDocument(text);
  doc.contents = root;
  const { errors, warnings } = placedBlockErrors(blocks, split, blocks.length);
  doc.errors = errors;
  doc.warnings = warnings;
  doc.range = [root.range[0], root.range[1], text.length];
  return doc as unknown as Document.Parsed;
}
