/**
 * A parsed document → plain data (objects, arrays, scalars), as yaml's `toJS` gives, in linear time: aliases
 * resolve through the document's alias index (yaml's own conversion re-scans the document for each alias), and
 * the nodes they add are counted, so an alias bomb stops at a bound with the alias that crossed it.
 */
import { Pair, YAMLMap, isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';
import { aliasTarget, rangeOfNode, type TextRange } from './ranges';

/** How many nodes aliases may add to the data (defeats "billion laughs"; a real map adds a few hundred at most). */
export const MAX_ALIAS_NODES = 100_000;

/** Why a document could not be converted: an alias bomb, or an alias that points into itself. */
export class AliasError extends Error {
  constructor(
    readonly kind: 'too-many' | 'loop',
    readonly range: TextRange | null,
  ) {
    super(kind === 'too-many' ? 'aliases expand to too many nodes' : 'an alias points at a node that contains it');
  }
}

interface Conversion {
  doc: Document.Parsed;
  /** Nodes aliases have added so far. */
  added: number;
  /** Anchored nodes being converted (an alias to one of them is a loop); converted ones with their value and size. */
  open: Set<Node>;
  done: Map<Node, { value: unknown; size: number }>;
}

/** The plain data of `doc`; throws an AliasError for an alias bomb or loop (unresolved aliases become null). */
export function plainData(doc: Document.Parsed): unknown {
  const conversion: Conversion = { doc, added: 0, open: new Set(), done: new Map() };
  return convert(conversion, doc.contents).value;
}

function convert(c: Conversion, node: unknown): { value: unknown; size: number } {
  if (isAlias(node)) return convertAlias(c, node);
  if (!node || typeof node !== 'object') return { value: node ?? null, size: 1 };
  const anchored = (node as Node).anchor ? (node as Node) : null;
  if (anchored) c.open.add(anchored);
  const result = isMap(node) ? convertMap(c, node) : isSeq(node) ? convertSeq(c, node.items)
    : { value: isScalar(node) ? node.value : null, size: 1 };
  if (anchored) {
    c.open.delete(anchored);
    c.done.set(anchored, result);
  }
  return result;
}

function convertAlias(c: Conversion, alias: Alias): { value: unknown; size: number } {
  const target = aliasTarget(c.doc, alias);
  if (!target) return { value: null, size: 1 };
  if (c.open.has(target)) throw new AliasError('loop', rangeOfNode(alias));
  const converted = c.done.get(target) ?? convert(c, target);
  c.added += converted.size;
  if (c.added > MAX_ALIAS_NODES) throw new AliasError('too-many', rangeOfNode(alias));
  return converted;
}

function convertSeq(c: Conversion, items: unknown[]): { value: unknown[]; size: number } {
  const value: unknown[] = [];
  let size = 1;
  for (const item of items) {
    const converted = convert(c, item);
    value.push(converted.value);
    size += converted.size;
  }
  return { value, size };
}

function convertMap(c: Conversion, map: YAMLMap): { value: Record<string, unknown>; size: number } {
  const value: Record<string, unknown> = {};
  let size = 1;
  for (const pair of map.items) {
    const converted = convert(c, pair.value);
    size += converted.size;
    if (isScalar(pair.key) && typeof pair.key.value === 'symbol') {
      mergeInto(value, converted.value);
      continue;
    }
    const key = keyString(c, pair.key);
    // Like yaml: a key such as "__proto__" or "toString" becomes an own property, never the prototype's.
    if (key in value) Object.defineProperty(value, key, { value: converted.value, writable: true, enumerable: true, configurable: true });
    else value[key] = converted.value;
  }
  return { value, size };
}

/** A `!!merge <<` key, as yaml does it: each mapping merged in adds the keys the target does not have yet. */
function mergeInto(target: Record<string, unknown>, source: unknown): void {
  for (const item of Array.isArray(source) ? source : [source]) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    for (const [key, value] of Object.entries(item)) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) {
        Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
      }
    }
  }
}

function keyString(c: Conversion, key: unknown): string {
  return propertyNameOfKey(c.doc, key);
}

/**
 * A mapping key as the property name the plain data (and so a schema issue) gives it: yaml's rules (null → "",
 * scalars → String, aliases resolved), collections stringified by yaml itself.
 */
export function propertyNameOfKey(doc: Document.Parsed, key: unknown): string {
  const resolved = isAlias(key) ? aliasTarget(doc, key) : key;
  if (resolved === null || resolved === undefined) return '';
  if (isScalar(resolved)) return resolved.value === null ? '' : String(resolved.value);
  // A collection as a key: rare and small; let yaml spell it exactly as its own conversion would.
  const wrapper = new YAMLMap();
  wrapper.items.push(new Pair(key, null));
  return Object.keys(wrapper.toJS(doc) as object)[0] ?? '';
}
