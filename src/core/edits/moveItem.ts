/**
 * The splices of a `move`: the item leaves its list (whole lines) and enters the target list; a block item
 * keeps its own text (comments, quoting) re-indented to its new place. When the item and the target list are
 * apart, both splices are computed on the text as it is (no parse of the text in between).
 */
import { t } from '../l10n/translate';
import { CST, isCollection, isSeq, Lexer, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Path } from '../types';
import { insertSplices, removeSplices } from './listOps';
import type { BlockItem } from './listOps';
import { describe, locate, seqItemSpan } from './locate';
import { isPrefix } from './model';
import type { Plain } from './render';
import { applySplices, leadingCommentStart, seqIndentWitness } from './splices';
import type { Splice } from './splices';
import { columnOf, eolOf } from './textLayout';

/** The block lines of the list item at `path`, when it is one. */
function carriedItem(text: string, doc: Document, path: Path): BlockItem | undefined {
  const found = locate(doc, path);
  const index = path[path.length - 1];
  if (typeof found === 'string' || !isSeq(found.parent) || found.parent.flow || typeof index !== 'number') return undefined;
  const item = seqItemSpan(text, found.parent, index);
  if (!item) return undefined;
  let lines = text.slice(leadingCommentStart(text, item.span[0], columnOf(text, item.dash)), item.span[1]);
  if (!lines.endsWith('\n')) lines += eolOf(text);
  const comments = [...new Lexer().lex(lines)].some((token) => CST.tokenType(token) === 'comment');
  return { text: lines, column: columnOf(text, item.dash), comments };
}

/** The whole new text after moving the item at `from` to `index` of the list at `to`, both counted after the item has left (see targetAfterRemoval); null when not handled. */
export function moveText(text: string, doc: Document, from: Path, to: Path, index: number, value: Plain): string | null {
  const carried = carriedItem(text, doc, from);
  const removal = removeSplices(text, doc, from);
  if (!removal) return null;
  const between = applySplices(text, removal);
  const middle = parseDocument(between);
  if (middle.errors.length > 0) return null;
  const insertion = insertSplices(between, middle, to, index, value, carried);
  return insertion ? applySplices(between, insertion) : null;
}

/**
 * The same text as moveText, computed without parsing the text in between: the removal and the insertion are
 * both found in `text`, which gives the same splices when the target list is not the moved item's ancestor nor
 * inside it, does not see the removal (for its own list: the moved item is not among its last two), and the
 * list that shows the document's list indentation lies before the removal. Null when any of that fails.
 */
export function moveTextInPlace(text: string, doc: Document, from: Path, to: Path, index: number, value: Plain): string | null {
  const fromIndex = from[from.length - 1];
  const sameList = typeof fromIndex === 'number' && isPrefix(to, from) && to.length === from.length - 1;
  if (!sameList && (isPrefix(to, from) || isPrefix(from, to))) return null;
  let target = index;
  if (sameList) {
    const list = locate(doc, to);
    if (typeof list === 'string' || !isSeq(list.node) || (fromIndex as number) > list.node.items.length - 3) return null;
    target = index < (fromIndex as number) ? index : index + 1;
  }
  const removal = removeSplices(text, doc, from);
  const insertion = removal && insertSplices(text, doc, to, target, value, carriedItem(text, doc, from));
  if (!removal || !insertion || !apart(removal, insertion)) return null;
  const witness = seqIndentWitness(text, doc).keyOffset;
  if (witness === null || removal.some((r) => witness >= r.start)) return null;
  return applySplices(text, [...removal, ...insertion]);
}

/** True when no insertion touches a removed span (its ends included). */
function apart(removal: Splice[], insertion: Splice[]): boolean {
  return insertion.every((ins) => removal.every((r) => ins.end < r.start || ins.start > r.end));
}

/** Why a move cannot be written, when the reason is that the item's comments cannot go where it goes; else null. */
export function commentsIntoFlowRefusal(text: string, doc: Document, from: Path, to: Path): string | null {
  const carried = carriedItem(text, doc, from);
  const target = locate(doc, to);
  if (!carried?.comments || typeof target === 'string') return null;
  const flow = target.inFlow || (target.node !== null && isCollection(target.node) && target.node.flow === true);
  return flow ? t('{0} has comments, which a one-line [ … ] or { … } list cannot hold: move it in the text.', describe(from)) : null;
}
