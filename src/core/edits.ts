/**
 * EditOp → the minimal text edit that performs it. Structural ops splice whole lines of the text (or
 * entries of a flow collection) so comments, quoting, key order and blank lines elsewhere stay byte for
 * byte; a layout the splices do not handle is refused, never re-written. Every candidate is re-parsed and
 * must give exactly the intended data, otherwise the op is refused; the re-parse covers only the stage
 * blocks the candidate changed when the layout allows it (see edits/blockCheck). An op that would reach
 * through an anchor or an alias is refused (see edits/sharedNodes).
 *
 * Paths are yaml paths (keys and list indexes). `insert` targets a list (a missing or empty key becomes
 * a new list); `move` takes a list item and puts it at `index` of the target list (whose path is read in
 * the document as it is, before the item leaves) as counted after the item has left its old place; `remove`
 * takes a list item or a map key; `set` writes a scalar, adding the key when it is missing.
 */
import { t, tPlural } from './l10n/translate';
import { parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { EditOp } from './types';
import { insertSplices, removeSplices } from './edits/listOps';
import { describe, locate } from './edits/locate';
import { applyToData, deepEqual, getAt, targetAfterRemoval } from './edits/model';
import { blockBase, readsAsByBlocks, type BlockBase } from './edits/blockCheck';
import { commentsIntoFlowRefusal, moveText, moveTextInPlace } from './edits/moveItem';
import { partialData, type PartialData } from './edits/partialData';
import { isPlainData } from './edits/render';
import type { Plain } from './edits/render';
import { isLocalScalarSwap, setSplices } from './edits/setValue';
import { sharedNodeRefusal } from './edits/sharedNodes';
import { applySplices } from './edits/splices';

/** A replacement of `length` code units at `offset` by `newText`. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/** Why computeEdit did not give an edit: the text does not parse, or the op is refused (with the reason in words). */
export interface EditError {
  error: string;
  reason: 'unparsable' | 'refused';
}

/** Computes the minimal text edit for `op` on `text` (whose parsed document is `doc`), or says why it cannot. */
export function computeEdit(text: string, doc: Document | null, op: EditOp): TextEdit | EditError {
  if (!doc || doc.errors.length > 0) return { error: t('The text has YAML errors; fix them before editing the map.'), reason: 'unparsable' };
  const invalid = checkOp(op) ?? sharedNodeRefusal(text, doc, op);
  if (invalid) return refused(invalid);
  if (op.kind === 'set') {
    const splices = setSplices(text, doc, op.path, op.value);
    // A one-token scalar swap cannot change the structure: skip the full re-parse (arrow keys on an emotion, renames).
    if (splices && isLocalScalarSwap(text, doc, op.path, splices)) return minimalEdit(text, applySplices(text, splices));
  }
  // Only the stages the op goes into are converted to data; the others stand as markers (see partialData).
  const partial = partialData(text, doc, op);
  let before: Plain;
  try {
    before = partial ? partial.data : (doc.toJS() as Plain);
  } catch {
    return refused(t('The document cannot be read as data (too many aliases?).'));
  }
  const expected = applyToData(before, op, partial?.markers);
  if (!expected) return refused(whyNot(doc, before, op));
  const check = checker(text, doc, op, partial, expected);
  for (const candidate of candidates(text, doc, op, before)) {
    if (candidate !== null && check(candidate)) return minimalEdit(text, candidate);
  }
  const comments = op.kind === 'move' ? commentsIntoFlowRefusal(text, doc, op.from, op.to) : null;
  return refused(comments ?? t('This edit cannot be written without changing other parts of the text, so nothing was changed. Make it in the text editor.'));
}

function refused(error: string): EditError {
  return { error, reason: 'refused' };
}

/**
 * The check every candidate must pass: it parses without errors to exactly the intended data. Told from the
 * changed stage blocks alone when that is certain (see blockCheck), otherwise by parsing the whole candidate.
 */
function checker(text: string, doc: Document, op: EditOp, partial: PartialData | null, expected: Plain): (candidate: string) => boolean {
  let base: BlockBase | null | undefined;
  let whole: Plain | null | undefined = partial ? undefined : expected;
  return (candidate) => {
    base = base === undefined ? partial && blockBase(text, partial) : base;
    const byBlocks = base ? readsAsByBlocks(base, candidate, expected) : null;
    if (byBlocks !== null) return byBlocks;
    if (whole === undefined) whole = wholeExpected(doc, op);
    return whole !== null && readsAs(candidate, whole);
  };
}

/** The op applied to the whole document's data; null when it cannot be read or the op does not fit. */
function wholeExpected(doc: Document, op: EditOp): Plain | null {
  try {
    return applyToData(doc.toJS() as Plain, op);
  } catch {
    return null;
  }
}

/** The op's own flaws, before looking at the document. */
function checkOp(op: EditOp): string | null {
  if (op.kind === 'set' && typeof op.value === 'number' && !Number.isFinite(op.value)) return t('A number must be finite.');
  if (op.kind === 'insert' && !isPlainData(op.value)) return t('The inserted value must be plain data (text, numbers, booleans, lists, maps).');
  if (op.kind !== 'move') return op.path.length === 0 && op.kind !== 'insert' ? t('The path is empty.') : null;
  if (typeof op.from[op.from.length - 1] !== 'number') return t('Only a list item can be moved; {0} is not one.', describe(op.from));
  if (op.from.every((segment, i) => op.to[i] === segment)) return t('{0} cannot be moved into itself.', describe(op.from));
  return null;
}

/** A message naming what in the op does not fit the document. */
function whyNot(doc: Document, data: Plain, op: EditOp): string {
  const paths = op.kind === 'move' ? [op.from, op.to] : [op.path];
  for (const path of paths) {
    const found = locate(doc, op.kind === 'insert' || (op.kind === 'move' && path === op.to) ? path.slice(0, -1) : path);
    if (typeof found === 'string') return found;
  }
  if (op.kind === 'insert' || op.kind === 'move') {
    const list = getAt(data, op.kind === 'insert' ? op.path : op.to);
    if (Array.isArray(list)) return tPlural(list.length, 'Index {0} is out of range: {1} has {2} item.', 'Index {0} is out of range: {1} has {2} items.', op.index, describe(op.kind === 'insert' ? op.path : op.to), list.length);
    if (list !== undefined && list !== null) return t('{0} is not a list.', describe(op.kind === 'insert' ? op.path : op.to));
  }
  return t('{0} does not exist.', describe(paths[0]));
}

/** Candidate new texts, best first, each made of splices of the changed node's lines (never a re-written document). */
function* candidates(text: string, doc: Document, op: EditOp, data: Plain): Generator<string | null> {
  if (op.kind === 'move') {
    const item = getAt(data, op.from);
    if (item !== undefined) yield moveTextInPlace(text, doc, op.from, op.to, op.index, item);
  }
  yield spliceText(text, doc, op, data);
}

/** The new text the op's splices give; null when the layout is not one they handle. */
function spliceText(text: string, doc: Document, op: EditOp, data: Plain): string | null {
  switch (op.kind) {
    case 'set': {
      const splices = setSplices(text, doc, op.path, op.value);
      return splices && applySplices(text, splices);
    }
    case 'insert': {
      const splices = insertSplices(text, doc, op.path, op.index, op.value as Plain);
      return splices && applySplices(text, splices);
    }
    case 'remove': {
      const splices = removeSplices(text, doc, op.path);
      return splices && applySplices(text, splices);
    }
    case 'move': {
      const item = getAt(data, op.from);
      return item === undefined ? null : moveText(text, doc, op.from, targetAfterRemoval(op.from, op.to), op.index, item);
    }
  }
}

/** True when `text` parses without errors to exactly `expected`. */
function readsAs(text: string, expected: Plain): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  try {
    return deepEqual(doc.toJS(), expected);
  } catch {
    return false;
  }
}

/** The single replacement that turns `before` into `after`, trimmed of their common prefix and suffix. */
export function minimalEdit(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never cut a surrogate pair or a CRLF in two.
  while (prefix > 0 && (isLowSurrogate(before, prefix) || (before[prefix - 1] === '\r' && before[prefix] === '\n'))) prefix--;
  while (suffix > 0 && (isLowSurrogate(before, before.length - suffix) || (before[before.length - suffix] === '\n' && before[before.length - suffix - 1] === '\r'))) suffix--;
  return { offset: prefix, length: before.length - prefix - suffix, newText: after.slice(prefix, after.length - suffix) };
}

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}
