/**
 * The last resort of computeEdit: apply the op to a clone of the YAML document and write it out again.
 * The caller trims the common prefix and suffix, so only what the writer changed is replaced.
 */
import { isSeq } from 'yaml';
import type { Document } from 'yaml';
import type { EditOp } from '../types';
import type { Path } from '../types';
import type { Plain } from './render';
import { eolOf } from './textLayout';

function insertInto(doc: Document, path: Path, index: number, value: Plain): boolean {
  let list = doc.getIn(path, true);
  if (list === undefined || list === null || (typeof list === 'object' && 'value' in list && list.value === null)) {
    doc.setIn(path, doc.createNode([]));
    list = doc.getIn(path, true);
  }
  if (!isSeq(list) || index > list.items.length) return false;
  list.items.splice(index, 0, doc.createNode(value));
  return true;
}

/** The text of a clone of `doc` with `op` applied, in the text's own line breaks; null when the op does not apply. */
export function cloneEditText(text: string, doc: Document, op: EditOp, data: Plain): string | null {
  void data;
  const copy = doc.clone();
  try {
    switch (op.kind) {
      case 'set':
        copy.setIn(op.path, op.value);
        break;
      case 'remove':
        if (!copy.deleteIn(op.path)) return null;
        break;
      case 'insert':
        if (!insertInto(copy, op.path, op.index, op.value as Plain)) return null;
        break;
      case 'move': {
        const node = copy.getIn(op.from, true);
        if (node === undefined || !copy.deleteIn(op.from)) return null;
        if (!insertInto(copy, op.to, op.index, null)) return null;
        (copy.getIn(op.to, true) as { items: unknown[] }).items[op.index] = node;
        break;
      }
    }
    const written = copy.toString({ lineWidth: 0 });
    return eolOf(text) === '\r\n' ? written.replace(/\r?\n/g, '\r\n') : written;
  } catch {
    return null;
  }
}
