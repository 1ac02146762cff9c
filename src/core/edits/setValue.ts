/**
 * The splice for a scalar `set`: only the value's own span changes; its quoting stays when it still holds
 * the new value; a missing key is added to its map.
 */
import { isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Scalar } from 'yaml';
import type { Path } from '../types';
import { addPair } from './listOps';
import { colonAfterKey, locate, startOf, writtenEnd } from './locate';
import { renderLiteral, renderScalar } from './render';
import type { Splice } from './splices';
import { columnOf, eolOf } from './textLayout';

type ScalarValue = string | number | boolean | null;

/** Splices that set the scalar at `path` to `value`; null when the layout is not one this handles. */
export function setSplices(text: string, doc: Document, path: Path, value: ScalarValue): Splice[] | null {
  const found = locate(doc, path);
  if (typeof found === 'string') return null;
  const { node, parent, pair, inFlow } = found;
  const key = path[path.length - 1];
  if (!node) return isMap(parent) && typeof key === 'string' ? addPair(text, doc, parent, key, value) : null;
  const range = node.range;
  if (!range) return null;
  if (isScalar(node)) return [replaceScalar(text, node, value, inFlow, pair ? startOf(pair) : range[0])];
  if (!isCollection(node)) return null;
  const written = renderScalar(value, undefined, inFlow || node.flow === true);
  if (node.flow) return [{ start: range[0], end: range[1], insert: written }];
  const end = writtenEnd(text, node, range[0]);
  if (isSeq(parent)) return [{ start: range[0], end, insert: written }];
  const colon = pair ? colonAfterKey(text, pair) : null;
  return colon === null ? null : [{ start: colon, end, insert: ` ${written}` }];
}

/**
 * True when setting the scalar at `path` to `value` is a one-token swap whose result needs no re-parse:
 * the old and new texts are single-line plain or quoted scalars, without anchor or explicit tag, and the
 * new text was checked to read back as the value in that context (plain) or is quoted by construction.
 */
export function isLocalScalarSwap(text: string, doc: Document, path: Path, splices: Splice[]): boolean {
  const found = locate(doc, path);
  if (typeof found === 'string' || !isScalar(found.node) || splices.length !== 1) return false;
  const node = found.node;
  const range = node.range;
  if (!range || node.anchor || node.tag || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(node.type ?? '')) return false;
  const [splice] = splices;
  const old = text.slice(splice.start, splice.end);
  return splice.start === range[0] && splice.end > splice.start && !/[\r\n]/.test(old) && !/[\r\n]/.test(splice.insert);
}

/** Replaces one scalar's text, keeping its style when it can hold the new value. */
function replaceScalar(text: string, node: Scalar, value: ScalarValue, inFlow: boolean, ownerStart: number | null): Splice {
  const [start] = node.range as [number, number, number];
  const end = writtenEnd(text, node, start);
  const style = node.type;
  const block = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED';
  let written: string | null = null;
  if (block && typeof value === 'string') {
    written = renderLiteral(value, columnOf(text, ownerStart ?? start) + 2, eolOf(text));
  }
  written ??= renderScalar(value, block ? undefined : style, inFlow);
  const needsSpace = start === end && text[start - 1] === ':';
  return { start, end, insert: (needsSpace ? ' ' : '') + written };
}

