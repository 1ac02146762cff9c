/**
 * The `links:` and `code:` entries of a map's touchpoints with their exact ranges, and the parts of a
 * `code:` entry (workspace path, optional line range or symbol after `#`).
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { CjmMap } from './schema';
import type { Analysis, Path } from './types';

/** A string scalar of the map with its path and the range of its text (quotes excluded). */
export interface ScalarEntry {
  value: string;
  path: Path;
  offset: number;
  length: number;
}

type ParsedDoc = Document.Parsed | Document;

/** Every string scalar whose path satisfies the predicate, in text order. */
export function scalarsWhere(doc: ParsedDoc | null, text: string, wanted: (path: Path) => boolean): ScalarEntry[] {
  const out: ScalarEntry[] = [];
  if (doc?.contents) walk(doc.contents as Node, [], text, wanted, out);
  return out;
}

function walk(node: Node, path: Path, text: string, wanted: (path: Path) => boolean, out: ScalarEntry[]): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range && wanted(path)) out.push(entryOf(node.value, node.range, path, text));
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.value) walk(pair.value as Node, [...path, String(pair.key.value)], text, wanted, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item as Node, [...path, i], text, wanted, out));
  }
}

function entryOf(value: string, range: readonly number[], path: Path, text: string): ScalarEntry {
  let start = range[0];
  let end = range[1];
  const first = text[start];
  if ((first === '"' || first === "'") && end - start >= 2 && text[end - 1] === first) {
    start += 1;
    end -= 1;
  }
  return { value, path, offset: start, length: end - start };
}

const isTouchpointList = (key: string) => (path: Path): boolean =>
  path.length === 6 && path[0] === 'stages' && path[2] === 'touchpoints' && path[4] === key && typeof path[5] === 'number';

/** The `code:` entries of every touchpoint. */
export function codeEntries(doc: ParsedDoc | null, text: string): ScalarEntry[] {
  return scalarsWhere(doc, text, isTouchpointList('code'));
}

/**
 * The `code:` entries of an analysed map, exactly as codeEntries gives them, reading the document only where
 * the model says a touchpoint has `code:` entries: a map without any (or whose text cannot hold the key) never
 * makes the analysis build its document.
 */
export function codeEntriesOf(analysis: Pick<Analysis, 'doc' | 'model' | 'text'>): ScalarEntry[] {
  const { model, text } = analysis;
  if (!model) return text.includes('code') || text.includes('\\') ? codeEntries(analysis.doc, text) : [];
  const places = touchpointsWithCode(model);
  if (places.length === 0) return [];
  const doc = analysis.doc;
  const out: ScalarEntry[] = [];
  for (const [i, j] of places) {
    const list = doc?.getIn(['stages', i, 'touchpoints', j, 'code'], true);
    if (!isSeq(list)) return codeEntries(doc, text); // not as the model says: the full walk decides
    list.items.forEach((item, k) => walk(item as Node, ['stages', i, 'touchpoints', j, 'code', k], text, () => true, out));
  }
  return out;
}

/** Stage and touchpoint indexes of the touchpoints with at least one `code:` entry, in map order. */
function touchpointsWithCode(model: CjmMap): [number, number][] {
  const places: [number, number][] = [];
  model.stages.forEach((stage, i) => stage.touchpoints?.forEach((tp, j) => {
    if (tp.code && tp.code.length > 0) places.push([i, j]);
  }));
  return places;
}

/** The `links:` entries of every touchpoint. */
export function linkEntries(doc: ParsedDoc | null, text: string): ScalarEntry[] {
  return scalarsWhere(doc, text, isTouchpointList('links'));
}

/** A `code:` entry split into its workspace path and what follows `#`. */
export interface CodeTarget {
  /** Workspace-relative path without the `#...` part and without a leading `./`. */
  file: string;
  /** 1-based first line for `#L12` or `#L12-L30`. */
  line?: number;
  /** 1-based last line for `#L12-L30`. */
  endLine?: number;
  /** The symbol for `#symbol`. */
  symbol?: string;
}

/** Splits `src/a.ts#L12-L30` into the file and its line range (or symbol). */
export function parseCodeTarget(entry: string): CodeTarget {
  const hash = entry.indexOf('#');
  const file = (hash < 0 ? entry : entry.slice(0, hash)).trim().replace(/^\.\//, '');
  if (hash < 0) return { file };
  const anchor = entry.slice(hash + 1).trim();
  const lines = /^L(\d+)(?:-L?(\d+))?$/.exec(anchor);
  if (lines) {
    const line = Number(lines[1]);
    return lines[2] ? { file, line, endLine: Number(lines[2]) } : { file, line };
  }
  return anchor ? { file, symbol: anchor } : { file };
}

/** True for an absolute http or https URL, the only links the map opens. */
export function isWebLink(value: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(value.trim());
}
