/**
 * The text edit that declares a missing channel or persona: a stub appended to the right top-level list,
 * indented as its items are, or the list itself (before `stages:`) when the map has none.
 */
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { columnOf, lineEndOf, lineStartOf } from '../core/lineLocator';

/** An insertion into the text. */
export interface Insertion {
  offset: number;
  text: string;
}

/** Where and what to insert to declare `id` under `list` (`channels` or `personas`). */
export function declareStub(doc: Document.Parsed, text: string, list: 'channels' | 'personas', id: string): Insertion | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === list);
  const rootColumn = root.range ? columnOf(text, root.range[0]) : 0;
  const pad = (n: number) => ' '.repeat(n);
  const item = (dash: number, key: number) => `${pad(dash)}- id: ${id}${eol}${pad(key)}name: ${id}`;
  if (!pair) {
    const stages = root.items.find((p) => isScalar(p.key) && p.key.value === 'stages');
    const block = `${pad(rootColumn)}${list}:${eol}${item(rootColumn + 2, rootColumn + 4)}`;
    if (isScalar(stages?.key) && stages.key.range) return { offset: lineStartOf(text, stages.key.range[0]), text: `${block}${eol}` };
    return { offset: text.length, text: `${text.length && !text.endsWith('\n') ? eol : ''}${block}${eol}` };
  }
  const value = pair.value;
  if (isSeq(value) && value.flow && value.range) {
    const close = text.lastIndexOf(']', value.range[1]);
    return { offset: close, text: `${value.items.length ? ', ' : ''}{ id: ${id}, name: ${id} }` };
  }
  if (isSeq(value) && value.items.length && value.range) {
    const dash = columnOf(text, value.range[0]);
    const last = value.items[value.items.length - 1] as { range?: number[] };
    const keyColumn = last.range && isMap(last) ? columnOf(text, last.range[0]) : dash + 2;
    return { offset: lineEndOf(text, lastContent(text, value.range[1])), text: `${eol}${item(dash, keyColumn)}` };
  }
  if (!isScalar(pair.key) || !pair.key.range || !(value === null || (isScalar(value) && value.value === null))) return undefined;
  const keyColumn = columnOf(text, pair.key.range[0]);
  return { offset: lineEndOf(text, pair.key.range[1]), text: `${eol}${item(keyColumn + 2, keyColumn + 4)}` };
}

function lastContent(text: string, end: number): number {
  let last = end;
  while (last > 0 && /\s/.test(text[last - 1])) last--;
  return last;
}
