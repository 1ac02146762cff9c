/**
 * What an EditOp means on plain data: the model an edit must produce. computeEdit checks every text edit
 * against this, so an edit either yields exactly the intended model or is refused.
 */
import type { EditOp } from '../types';
import type { Path } from '../types';
import type { Plain } from './render';

type Container = Plain[] | { [key: string]: Plain };

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === 'object';
}

/** The value at `path`, or undefined when the path leads nowhere. */
export function getAt(data: Plain, path: Path): Plain | undefined {
  let cur: Plain | undefined = data;
  for (const segment of path) {
    if (Array.isArray(cur) && typeof segment === 'number') cur = cur[segment];
    else if (isContainer(cur) && !Array.isArray(cur) && typeof segment === 'string' && Object.hasOwn(cur, segment)) cur = cur[segment];
    else return undefined;
  }
  return cur;
}

function parentOf(data: Plain, path: Path): Container | null {
  const parent = getAt(data, path.slice(0, -1));
  return isContainer(parent) ? parent : null;
}

function setAt(data: Plain, path: Path, value: Plain): boolean {
  const parent = parentOf(data, path);
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) parent[last] = value;
  else if (parent && !Array.isArray(parent) && typeof last === 'string') parent[last] = value;
  else return false;
  return true;
}

function removeAt(data: Plain, path: Path): Plain | undefined {
  const parent = parentOf(data, path);
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) return parent.splice(last, 1)[0];
  if (parent && !Array.isArray(parent) && typeof last === 'string' && Object.hasOwn(parent, last)) {
    const value = parent[last];
    delete parent[last];
    return value;
  }
  return undefined;
}

function insertAt(data: Plain, path: Path, index: number, value: Plain): boolean {
  let list = getAt(data, path);
  if (list === undefined || list === null) {
    list = [];
    if (!setAt(data, path, list)) return false;
  }
  if (!Array.isArray(list) || index > list.length) return false;
  list.splice(index, 0, value);
  return true;
}

/**
 * Applies an op to a deep copy of `data`; the new data, or null when the op does not fit the data. Objects in
 * `keep` (stand-ins for unchanged parts) are carried into the copy as they are, not copied.
 */
export function applyToData(data: Plain, op: EditOp, keep?: ReadonlyMap<object, unknown>): Plain | null {
  const copy = keep ? copyKeeping(data, keep) : structuredClone(data);
  switch (op.kind) {
    case 'set':
      return op.path.length > 0 && setAt(copy, op.path, op.value) ? copy : null;
    case 'remove':
      return op.path.length > 0 && removeAt(copy, op.path) !== undefined ? copy : null;
    case 'insert':
      return insertAt(copy, op.path, op.index, op.value as Plain) ? copy : null;
    case 'move': {
      if (op.from.length === 0) return null;
      const item = removeAt(copy, op.from);
      return item !== undefined && insertAt(copy, op.to, op.index, item) ? copy : null;
    }
  }
}

/** A deep copy of plain data that leaves the objects in `keep` shared. */
function copyKeeping(value: Plain, keep: ReadonlyMap<object, unknown>): Plain {
  if (value === null || typeof value !== 'object' || keep.has(value)) return value;
  if (Array.isArray(value)) return value.map((item) => copyKeeping(item, keep));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyKeeping(v, keep)]));
}

/** Structural equality of JSON data (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  const ka = Object.keys(a);
  const kb = b as Record<string, unknown>;
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(kb, k) && deepEqual((a as Record<string, unknown>)[k], kb[k]));
}
