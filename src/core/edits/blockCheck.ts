/**
 * The check of a candidate text, at the cost of the edit: both texts are cut into the header, the stage blocks
 * and the suffix (the cut of the incremental analysis); blocks whose text did not change keep the data they had,
 * and only the changed blocks (and a changed header or suffix) are parsed, each on its own, and compared with
 * the data the op means. When the cut or a changed block cannot be judged on its own (anchors, aliases, tags,
 * syntax errors, control characters, a different layout), the answer is "unknown" and the caller parses the
 * whole text instead.
 */
import { isSeq } from 'yaml';
import { CONTROL_CHARACTER } from '../inputGuards';
import { parseMapText } from '../parseMap';
import { blockParseText, splitBlocks, type BlockSplit } from '../incremental/blockSplit';
import { hasAnchorAliasOrTag } from '../incremental/nodes';
import { headerStagesPair, parseRootPart } from '../incremental/rootParts';
import { deepEqual } from './model';
import type { PartialData } from './partialData';
import type { Plain } from './render';

/** A text cut into blocks. */
interface Cut {
  text: string;
  split: BlockSplit;
  blocks: string[];
}

/** What the text before the edit gives the check (cut once, shared by every candidate). */
export interface BlockBase {
  cut: Cut;
  partial: PartialData;
}

/** The base for checking candidates of an edit of `text`; null when its layout cannot be cut. */
export function blockBase(text: string, partial: PartialData): BlockBase | null {
  const cut = cutText(text);
  return cut && cut.blocks.length === partial.stages.items.length ? { cut, partial } : null;
}

function cutText(text: string): Cut | null {
  const split = splitBlocks(text);
  if (!split) return null;
  return { text, split, blocks: split.starts.map((_, i) => blockParseText(text, split, i)) };
}

/**
 * True when `candidate` parses without errors to exactly `expected` (the op applied to the base's skeleton),
 * false when it does not, null when this cannot be told from the changed blocks alone.
 */
export function readsAsByBlocks(base: BlockBase, candidate: string, expected: Plain): boolean | null {
  const cut = cutText(candidate);
  if (!cut || cut.split.itemIndent !== base.cut.split.itemIndent) return null;
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return null;
  const { stages, ...rest } = expected;
  if (!Array.isArray(stages) || stages.length !== cut.blocks.length) return false;
  const root = rootKeysMatch(base, cut, rest);
  if (root !== true) return root;
  return stagesMatch(base, cut, stages);
}

/** The top-level keys other than `stages`: unchanged header and suffix keep theirs, a changed one is parsed. */
function rootKeysMatch(base: BlockBase, cut: Cut, expected: { [key: string]: Plain }): boolean | null {
  const before = base.cut;
  const header = cut.text.slice(0, cut.split.headerEnd);
  const suffix = cut.text.slice(cut.split.suffixStart);
  if (header === before.text.slice(0, before.split.headerEnd) && suffix === before.text.slice(before.split.suffixStart)) {
    const { stages: _stages, ...old } = base.partial.data;
    return deepEqual(old, expected);
  }
  const head = parseRootPart(header);
  if (!head || !headerStagesPair(head, cut.split.stagesKeyOffset)) return null;
  const tail = suffix.length > 0 ? parseRootPart(suffix) : null;
  if (suffix.length > 0 && (!tail || tail.keys.some((key) => head.keys.includes(key)))) return null;
  const { stages: _stages, ...data } = { ...head.data, ...tail?.data } as { [key: string]: Plain };
  return deepEqual(data, expected);
}

/** Every stage block of the candidate against the expected stage at its index. */
function stagesMatch(base: BlockBase, cut: Cut, expected: Plain[]): boolean | null {
  const old = base.cut.blocks;
  const now = cut.blocks;
  let prefix = 0;
  while (prefix < now.length && prefix < old.length && now[prefix] === old[prefix]) prefix++;
  let suffix = 0;
  while (suffix < now.length - prefix && suffix < old.length - prefix && now[now.length - 1 - suffix] === old[old.length - 1 - suffix]) suffix++;
  const { markers } = base.partial;
  for (let i = 0; i < now.length; i++) {
    const unchanged = i < prefix ? i : i >= now.length - suffix ? i - now.length + old.length : -1;
    const want = expected[i];
    const stands = want !== null && typeof want === 'object' ? markers.get(want) : undefined;
    if (unchanged >= 0 && stands === unchanged) continue;
    if (unchanged < 0 && stands !== undefined && now[i] === old[stands]) continue;
    const wanted = stands === undefined ? want : base.partial.stageData(stands);
    const got = unchanged >= 0 ? base.partial.stageData(unchanged) : blockData(now[i]);
    if (got === undefined) return null;
    if (!deepEqual(got, wanted)) return false;
  }
  return true;
}

/** The data of the one stage a block holds; undefined when the block cannot be judged on its own. */
function blockData(blockText: string): Plain | undefined {
  if (CONTROL_CHARACTER.test(blockText)) return undefined;
  const doc = parseMapText(blockText);
  const seq = doc.contents;
  if (doc.errors.length > 0 || !isSeq(seq) || seq.items.length !== 1) return undefined;
  if (/[&*!]/.test(blockText) && hasAnchorAliasOrTag(seq)) return undefined;
  try {
    return (doc.toJS() as Plain[])[0];
  } catch {
    return undefined;
  }
}
