/**
 * Paths ↔ nodes of a parsed YAML document, and the text ranges of those nodes.
 * Offsets and lengths are UTF-16 code units of the parsed text (what `yaml` and VS Code count).
 */
import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Path } from './types';

/** A range of the text. */
export interface TextRange {
  offset: number;
  length: number;
}

type AnyDoc = Document.Parsed | Document;

/** How many alias hops to follow before giving up (an alias can point at another alias). */
const MAX_ALIAS_HOPS = 32;

/** Alias → the node it points at (null when no anchor precedes it), for documents that will not change. */
const aliasTargets = new WeakMap<AnyDoc, Map<Alias, Node | null>>();

/**
 * Records where every alias of `doc` points (gathered in one pass by the caller: yaml's own `Alias.resolve` walks
 * the whole document per alias, so many aliases cost quadratic time). Only for a document not changed afterwards.
 */
export function registerAliasTargets(doc: AnyDoc, targets: Map<Alias, Node | null>): void {
  aliasTargets.set(doc, targets);
}

/** The aliases of an indexed document that no earlier anchor defines, in text order. */
export function unresolvedAliases(doc: AnyDoc): Alias[] {
  const targets = aliasTargets.get(doc);
  return targets ? [...targets].filter(([, target]) => target === null).map(([alias]) => alias) : [];
}

/** The node one alias points at (from the document's alias index when it has one), or null. */
export function aliasTarget(doc: AnyDoc, alias: Alias): Node | null {
  const indexed = aliasTargets.get(doc)?.get(alias);
  if (indexed !== undefined) return indexed;
  return (alias.resolve(doc as Document) as Node | undefined) ?? null;
}

/** The node an alias points at (the node itself when it is not an alias), or null when unresolved. */
export function resolveNode(doc: AnyDoc, node: unknown): Node | null {
  let current = node;
  for (let hops = 0; isAlias(current); hops++) {
    if (hops >= MAX_ALIAS_HOPS) return null;
    current = aliasTarget(doc, current);
  }
  return (current as Node | null) ?? null;
}

/** The string form of a scalar key, or null for a complex key. */
export function keyText(key: unknown): string | null {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return null;
}

/** Mappings with more keys than this get a key → position table, so finding each key is not a scan. */
const INDEXED_MAP_SIZE = 64;

/** Key text → position of its first pair, per large mapping, with the item count it was built for. */
const keyTables = new WeakMap<YAMLMap, { size: number; positions: Map<string, number> }>();

/** The pair of `map` whose key is `key` (compared as text; the first, when one repeats), if any. */
export function findPair(map: YAMLMap, key: string | number): Pair | undefined {
  const wanted = String(key);
  if (map.items.length > INDEXED_MAP_SIZE) {
    const position = keyTableOf(map).get(wanted);
    const pair = position === undefined ? undefined : (map.items[position] as Pair | undefined);
    // The table only speeds up a hit it can confirm; anything else (a map changed since) takes the scan.
    if (pair && keyText(pair.key) === wanted) return pair;
  }
  for (const pair of map.items) if (keyText(pair.key) === wanted) return pair as Pair;
  return undefined;
}

function keyTableOf(map: YAMLMap): Map<string, number> {
  let table = keyTables.get(map);
  if (!table || table.size !== map.items.length) {
    const positions = new Map<string, number>();
    map.items.forEach((pair, i) => {
      const text = keyText(pair.key);
      if (text !== null && !positions.has(text)) positions.set(text, i);
    });
    keyTables.set(map, (table = { size: map.items.length, positions }));
  }
  return table.positions;
}

/** The node at `path` (aliases followed), or null when the path leads nowhere. */
export function nodeAtPath(doc: AnyDoc, path: Path): Node | null {
  let node = resolveNode(doc, doc.contents);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = findPair(node, segment);
      node = pair ? resolveNode(doc, pair.value) : null;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = resolveNode(doc, node.items[segment]);
    } else {
      return null;
    }
    if (!node) return null;
  }
  return node;
}

/** The pair that holds the last segment of `path` (its parent must be a mapping). */
export function pairAtPath(doc: AnyDoc, path: Path): Pair | null {
  if (path.length === 0) return null;
  const parent = nodeAtPath(doc, path.slice(0, -1));
  return isMap(parent) ? findPair(parent, path[path.length - 1]) ?? null : null;
}

/** The range of a node's value (without a trailing comment), or null when it has no source range. */
export function rangeOfNode(node: unknown): TextRange | null {
  const range = (node as { range?: [number, number, number] | null } | null)?.range;
  if (!range) return null;
  return { offset: range[0], length: Math.max(0, range[1] - range[0]) };
}

/** The range of the value node at `path` (quotes included), or null. */
export function rangeOfPath(doc: AnyDoc, path: Path): TextRange | null {
  if (path.length > 0 && typeof path[path.length - 1] === 'string') {
    const pair = pairAtPath(doc, path);
    if (!pair) return null;
    // A written alias value (`key: *ref`) is anchored where it is written, not at its anchor.
    return rangeOfNode(isAlias(pair.value) ? pair.value : resolveNode(doc, pair.value));
  }
  return rangeOfNode(nodeAtPath(doc, path));
}

/** The range of the key of the last segment of `path`, or null when that segment is not a mapping key. */
export function keyRangeOfPath(doc: AnyDoc, path: Path): TextRange | null {
  const pair = pairAtPath(doc, path);
  return pair ? rangeOfNode(pair.key) : null;
}

/** The range of a scalar's content: for a quoted scalar, without its quotes. */
export function innerRangeOfNode(node: unknown, text: string): TextRange | null {
  const range = rangeOfNode(node);
  if (!range || !isScalar(node)) return range;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  if (quoted && range.length >= 2 && (text[range.offset] === '"' || text[range.offset] === "'")) {
    return { offset: range.offset + 1, length: range.length - 2 };
  }
  return range;
}
