/**
 * What is at an offset of a map's text: the key or value scalar under it, its path, and (for completion)
 * the map or list a new key or value would go into, found from the YAML tree and the text's indentation.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { columnOf, lineStartOf } from './lineLocator';
import type { Path } from './types';

/** A key or value scalar under an offset. */
export interface ScalarAt {
  /** Path of the value; for a key, the path of the value the key names (parent path + key). */
  path: Path;
  part: 'key' | 'value';
  /** Range of the scalar as written (quotes included), without a trailing comment. */
  offset: number;
  length: number;
  value: unknown;
}

type ParsedDoc = Document.Parsed | Document;

/** The deepest key or value scalar whose range holds the offset (its end counts, so a caret after a word finds it). */
export function scalarAtOffset(doc: ParsedDoc | null, offset: number): ScalarAt | null {
  if (!doc || !doc.contents) return null;
  return scalarIn(doc.contents as Node, [], offset);
}

function holds(range: readonly number[] | null | undefined, offset: number): boolean {
  return !!range && offset >= range[0] && offset <= range[1];
}

function scalarIn(node: Node, path: Path, offset: number): ScalarAt | null {
  if (isScalar(node)) {
    if (!holds(node.range, offset)) return null;
    const [start, end] = node.range as [number, number, number];
    return { path, part: 'value', offset: start, length: end - start, value: node.value };
  }
  if (!holds(node.range, offset) && !(node.range && offset === node.range[2])) return null;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const childPath = [...path, String(pair.key.value)];
      if (holds(pair.key.range, offset)) {
        const [start, end] = pair.key.range as [number, number, number];
        return { path: childPath, part: 'key', offset: start, length: end - start, value: pair.key.value };
      }
      const found = pair.value ? scalarIn(pair.value as Node, childPath, offset) : null;
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = scalarIn(node.items[i] as Node, [...path, i], offset);
      if (found) return found;
    }
  }
  return null;
}

/** A collection of the tree with its path and, for block collections, the column its keys or dashes start at. */
export interface CollectionAt {
  node: YAMLMap | YAMLSeq;
  path: Path;
  kind: 'map' | 'seq';
  flow: boolean;
  start: number;
  end: number;
  column: number;
}

/**
 * The maps and lists of the document, in text order, with paths. With `until`, only those that can be open
 * at that offset: the ancestors of the offset and, at each level, the last child starting before it (a
 * completion needs no other), so a caret in a large map costs the depth times the siblings, not the map.
 */
export function collectCollections(doc: ParsedDoc | null, text: string, until?: number): CollectionAt[] {
  const out: CollectionAt[] = [];
  if (doc?.contents) walkCollections(doc.contents as Node, [], text, out, until);
  return out.sort((a, b) => a.start - b.start);
}

function walkCollections(node: Node, path: Path, text: string, out: CollectionAt[], until: number | undefined): void {
  if (!(isMap(node) || isSeq(node)) || !node.range) return;
  const start = node.range[0];
  out.push({
    node, path, kind: isMap(node) ? 'map' : 'seq', flow: !!node.flow, start, end: node.range[1], column: columnOf(text, start),
  });
  const children: [Node, string | number][] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.value) children.push([pair.value as Node, String(pair.key.value)]);
    }
  } else {
    node.items.forEach((item, i) => children.push([item as Node, i]));
  }
  const wanted = until === undefined ? children : lastStartingBefore(children, until);
  for (const [child, key] of wanted) walkCollections(child, [...path, key], text, out, until);
}

function lastStartingBefore(children: [Node, string | number][], until: number): [Node, string | number][] {
  for (let i = children.length - 1; i >= 0; i--) {
    const start = children[i][0]?.range?.[0];
    if (start !== undefined && start <= until) return [children[i]];
  }
  return [];
}


/** Keys of a map node, as strings, in order. */
export function keysOf(node: YAMLMap | YAMLSeq | null | undefined): string[] {
  if (!node || !isMap(node)) return [];
  return node.items.filter((p) => isScalar(p.key)).map((p) => String((p.key as { value: unknown }).value));
}

/**
 * The start of the nearest line above `lineStart` whose content is indented less than `column` (blank and
 * comment lines skipped), or 0. A collection whose keys start at `column` is still open on the line at
 * `lineStart` exactly when it starts on that line or below it. Scans only back to that line.
 */
export function dedentAbove(text: string, lineStart: number, column: number): number {
  let end = lineStart - 1;
  while (end > 0) {
    const start = lineStartOf(text, end);
    const line = text.slice(start, end).replace(/\r$/, ''); // `end` may sit on the LF of a CRLF
    const trimmed = line.trimStart();
    if (trimmed !== '' && !trimmed.startsWith('#') && line.length - trimmed.length < column) return start;
    end = start - 1;
  }
  return 0;
}
