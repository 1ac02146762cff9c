/**
 * Where a completion at an offset goes: a new key of some map (with the keys it already has) or a value at
 * some path. Works on half-typed text: the YAML tree gives the collections, the indentation of the caret's
 * line says which of them is open there.
 */
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { Path } from './types';
import { columnOf, lineEndOf, lineStartOf, nextLineStartOf } from './lineLocator';
import { collectCollections, dedentAbove, keysOf, type CollectionAt } from './position';
import { schemaAtPath, isObjectSchema } from './positionSchema';

/** A place where completion inserts a key or a value. */
export interface CompletionSite {
  kind: 'key' | 'value';
  /** For a key: the path of the map it goes into. For a value: the path of the value. */
  path: Path;
  /** Keys the map already has (key sites only), without the one being typed. */
  presentKeys: string[];
  /** Range of the word being typed, replaced by the completion. */
  offset: number;
  length: number;
}

type ParsedDoc = Document.Parsed | Document;

/** The completion site at an offset, or null inside a comment. */
export function completionSiteAt(doc: ParsedDoc | null, text: string, offset: number): CompletionSite | null {
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(lineStart, offset);
  if (/(^|\s)#/.test(before)) return null;
  const word = /[^\s:,[\]{}"']*$/.exec(before)?.[0] ?? '';
  const after = /^[^\s:,[\]{}"'#]*/.exec(text.slice(offset))?.[0] ?? '';
  const range = { offset: offset - word.length, length: word.length + after.length };
  const collections = collectCollections(doc, text, offset);
  const flow = innermostFlow(collections, offset);
  if (flow) return { ...flowSite(flow, text, offset), ...range };
  return { ...blockSite(collections, text, offset, lineStart, before), ...range };
}

type Site = Omit<CompletionSite, 'offset' | 'length'>;

function innermostFlow(collections: CollectionAt[], offset: number): CollectionAt | undefined {
  return collections.filter((c) => c.flow && c.start < offset && offset < c.end).pop();
}

function flowSite(flow: CollectionAt, text: string, offset: number): Site {
  if (flow.kind === 'seq') {
    const index = flow.node.items.filter((it) => rangeStart(it) !== undefined && rangeStart(it)! < offset
      && !holdsOffset(it, offset)).length;
    return { kind: 'value', path: [...flow.path, index], presentKeys: [] };
  }
  const segment = text.slice(flow.start + 1, offset);
  const entry = segment.slice(Math.max(segment.lastIndexOf(','), segment.lastIndexOf('{')) + 1);
  const colon = entry.indexOf(':');
  if (colon >= 0) return { kind: 'value', path: [...flow.path, entry.slice(0, colon).trim()], presentKeys: [] };
  const others = isMap(flow.node) ? flow.node.items.filter((p) => !holdsOffset(p.key, offset)) : [];
  return { kind: 'key', path: flow.path, presentKeys: others.map((p) => String((p.key as { value: unknown }).value)) };
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: number[] } | null)?.range?.[0];
}

function holdsOffset(node: unknown, offset: number): boolean {
  const range = (node as { range?: number[] } | null)?.range;
  return !!range && range[0] <= offset && offset <= range[1];
}

function blockSite(collections: CollectionAt[], text: string, offset: number, lineStart: number, before: string): Site {
  const m = /^(\s*)((?:-\s+)*)(.*)$/.exec(before) ?? ['', '', '', before];
  const indent = m[1].length;
  const dashes = m[2];
  const rest = m[3];
  const keyColumn = indent + dashes.length;
  const pairMatch = /^([^\s:#'"][^:#]*?)\s*:(?:\s+(.*))?$/.exec(rest);
  if (pairMatch && pairMatch[2] !== undefined) {
    const map = mapStartingAt(collections, lineStart + keyColumn)
      ?? (dashes ? undefined : openMapAt(collections, text, lineStart, keyColumn));
    const parent = map ? map.path : dashes ? itemPath(collections, text, lineStart, indent) : [];
    return { kind: 'value', path: [...parent, pairMatch[1]], presentKeys: [] };
  }
  if (dashes) {
    const path = itemPath(collections, text, lineStart, indent);
    const isObject = isObjectSchema(schemaAtPath(path));
    return isObject ? { kind: 'key', path, presentKeys: [] } : { kind: 'value', path, presentKeys: [] };
  }
  const column = rest === '' ? columnOf(text, offset) : indent;
  const map = openMapAt(collections, text, lineStart, column);
  if (map) return { kind: 'key', path: map.path, presentKeys: presentKeysBefore(map, text, lineStart) };
  const parent = openNullParent(collections, text, lineStart, column, false);
  return { kind: 'key', path: parent ?? [], presentKeys: parent ? [] : rootKeys(collections) };
}

function rootKeys(collections: CollectionAt[]): string[] {
  const root = collections.find((c) => c.path.length === 0 && c.kind === 'map');
  return root ? keysOf(root.node) : [];
}

/**
 * Keys written at the map's column from its first line down to the first dedented line, except on the
 * caret's line (that word is being typed). Read from the text, since a half-typed key can make the parser
 * drop the pair after it.
 */
function presentKeysBefore(map: CollectionAt, text: string, lineStart: number): string[] {
  const keys: string[] = [];
  let start = lineStartOf(text, map.start);
  for (let first = true; start < text.length; first = false) {
    const line = text.slice(start, lineEndOf(text, start));
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    if (!first && trimmed !== '' && !trimmed.startsWith('#') && indent < map.column) break;
    const key = /^([^\s:#'"][^:#]*?)\s*:(\s|$)/.exec(line.slice(map.column));
    const atColumn = first || indent === map.column;
    if (key && atColumn && start !== lineStart && !keys.includes(key[1])) keys.push(key[1]);
    start = nextLineStartOf(text, start);
  }
  return keys;
}

function mapStartingAt(collections: CollectionAt[], start: number): CollectionAt | undefined {
  return collections.find((c) => c.kind === 'map' && !c.flow && c.start === start);
}

/** The block map whose keys start at `column` and that no dedented line has closed before the caret's line. */
function openMapAt(collections: CollectionAt[], text: string, lineStart: number, column: number): CollectionAt | undefined {
  const boundary = dedentAbove(text, lineStart, column);
  return collections.filter((c) => c.kind === 'map' && !c.flow && c.column === column
    && c.start <= lineStart + column && c.start >= boundary).pop();
}

/** The path of the list item a `- ` line starts: an existing list at that dash column, or a key with no value yet. */
function itemPath(collections: CollectionAt[], text: string, lineStart: number, dashColumn: number): Path {
  const boundary = dedentAbove(text, lineStart, dashColumn);
  const seq = collections.filter((c) => c.kind === 'seq' && !c.flow && c.column === dashColumn
    && c.start <= lineStart + dashColumn && c.start >= boundary).pop();
  if (seq && isSeq(seq.node)) {
    const index = seq.node.items.filter((it) => (rangeStart(it) ?? lineStart) < lineStart).length;
    return [...seq.path, index];
  }
  const parent = openNullParent(collections, text, lineStart, dashColumn, true);
  return parent ? [...parent, 0] : [0];
}

/** A key with an empty value, last before the caret's line, in an open map indented less than the caret. */
function openNullParent(
  collections: CollectionAt[], text: string, lineStart: number, column: number, sameColumnOk: boolean,
): Path | null {
  const boundaries = new Map<number, number>();
  const boundary = (col: number): number => {
    if (!boundaries.has(col)) boundaries.set(col, dedentAbove(text, lineStart, col));
    return boundaries.get(col)!;
  };
  const maps = collections.filter((c) => c.kind === 'map' && !c.flow && c.start < lineStart
    && (c.column < column || (sameColumnOk && c.column === column)) && c.start >= boundary(c.column));
  for (let i = maps.length - 1; i >= 0; i--) {
    const node = maps[i].node;
    if (!isMap(node)) continue;
    const last = node.items.filter((p) => isScalar(p.key) && (rangeStart(p.key) ?? 0) < lineStart).pop();
    if (!last) continue;
    const value = last.value as { value?: unknown } | null;
    if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) {
      return [...maps[i].path, String((last.key as { value: unknown }).value)];
    }
    return null;
  }
  return null;
}
