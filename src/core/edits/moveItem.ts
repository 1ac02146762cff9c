/**
 * The splices of a `move`: the item leaves its list (whole lines) and enters the target list; a block item
 * keeps its own text (comments, quoting) re-indented to its new place.
 */
import { isSeq, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Path } from '../types';
import { insertSplices, removeSplices } from './listOps';
import type { BlockItem } from './listOps';
import { locate, seqItemSpan } from './locate';
import type { Plain } from './render';
import { applySplices, leadingCommentStart } from './splices';
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
  return { text: lines, column: columnOf(text, item.dash) };
}

/** The whole new text after moving the item at `from` to `index` of the list at `to` (the index after removal); null when not handled. */
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
