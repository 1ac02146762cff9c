/**
 * The data of a map as far as an edit needs it: every top-level key converted, and of `stages` only the items
 * the op's paths go into; every other stage is a marker object that stands for "stage j as it is now". The op
 * is applied to this skeleton (markers are carried, not copied), so the expected result costs what the edit
 * touches, and the check of a candidate text can match unchanged stage blocks by their text.
 */
import { isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Document, Node, YAMLSeq } from 'yaml';
import type { EditOp } from '../types';
import type { Path } from '../types';
import type { Plain } from './render';

/** The skeleton data of a document, with what its markers stand for. */
export interface PartialData {
  /** The top-level keys as data; `stages` holds markers for the stages the op does not go into. */
  data: { [key: string]: Plain };
  /** Marker object → index of the stage it stands for. */
  markers: Map<object, number>;
  /** The block sequence of `stages` in the document. */
  stages: YAMLSeq;
  /** The data of stage `j` of the document (converted on demand). */
  stageData(j: number): Plain;
}

/** The skeleton of `doc` for `op`; null when the document is not a plain map with a block `stages` list, or uses aliases. */
export function partialData(text: string, doc: Document, op: EditOp): PartialData | null {
  const root = doc.contents;
  if (!isMap(root) || root.flow) return null;
  if (text.includes('*') && hasAlias(doc)) return null;
  const touched = touchedStages(op);
  const data: { [key: string]: Plain } = {};
  const markers = new Map<object, number>();
  let stages: YAMLSeq | null = null;
  for (const pair of root.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return null;
    const key = pair.key.value;
    if (Object.hasOwn(data, key)) return null;
    const value = pair.value as Node | null;
    if (key === 'stages' && isSeq(value) && !value.flow) {
      stages = value;
      data[key] = value.items.map((item, j) => (touched.has(j) ? toData(item as Node | null, doc) : marker(markers, j)));
    } else {
      data[key] = toData(value, doc);
    }
  }
  if (!stages) return null;
  const seq = stages;
  return { data, markers, stages: seq, stageData: (j) => toData(seq.items[j] as Node | null, doc) };
}

function marker(markers: Map<object, number>, j: number): Plain {
  const stands = {};
  markers.set(stands, j);
  return stands;
}

function toData(node: Node | null, doc: Document): Plain {
  return node === null ? null : (node.toJS(doc) as Plain);
}

/** Indexes of the stages an op's paths go into (a path through `stages[j]`). */
function touchedStages(op: EditOp): Set<number> {
  const paths: Path[] = op.kind === 'move' ? [op.from, op.to] : [op.path];
  const touched = new Set<number>();
  for (const path of paths) if (path.length >= 2 && path[0] === 'stages' && typeof path[1] === 'number') touched.add(path[1]);
  return touched;
}

function hasAlias(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node)) found = true;
      return visit.BREAK;
    },
  });
  return found;
}
