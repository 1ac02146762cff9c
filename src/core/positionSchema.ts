/**
 * What the zod schema allows at a path: the keys of the object there (with their descriptions), the
 * description of a key, the fixed values of a value (enums, booleans, emotions), and which kind of id a
 * reference at that path names.
 */
import type { z } from 'zod';
import { EMOTION_MAX, EMOTION_MIN, mapSchema } from './schema';
import type { IdKind, Path } from './types';

/** A key the schema allows in an object. */
export interface AllowedKey {
  key: string;
  description: string;
  required: boolean;
}

type AnySchema = z.ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  valueType?: AnySchema;
  options?: AnySchema[];
  entries?: Record<string, string>;
  values?: unknown[];
  shape?: Record<string, AnySchema>;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean } } }[];
}

function defOf(schema: AnySchema): Def {
  return (schema as unknown as { def: Def }).def;
}

/** The schema with optional/default wrappers and transforms removed (a transform's input is what the text holds). */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let d = defOf(current); ; d = defOf(current)) {
    if ((d.type === 'optional' || d.type === 'default') && d.innerType) current = d.innerType;
    else if (d.type === 'pipe' && d.in) current = d.in;
    else return current;
  }
}

/** The schema of the value at a path (from the map's schema, or `root`), or null when the path leaves the schema. */
export function schemaAtPath(path: Path, root: AnySchema = mapSchema): AnySchema | null {
  let current: AnySchema | null = root;
  for (const segment of path) {
    if (!current) return null;
    current = childSchema(unwrap(current), segment);
  }
  return current;
}

function childSchema(schema: AnySchema, segment: string | number): AnySchema | null {
  const def = defOf(schema);
  if (def.type === 'object') return typeof segment === 'string' ? (shapeOf(schema)[segment] ?? null) : null;
  if (def.type === 'array') return typeof segment === 'number' ? (def.element ?? null) : null;
  if (def.type === 'record') return typeof segment === 'string' ? (def.valueType ?? null) : null;
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const child = childSchema(unwrap(option), segment);
      if (child) return child;
    }
  }
  return null;
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> {
  return (schema as unknown as { shape: Record<string, AnySchema> }).shape;
}

/** True when the schema (unwrapped) is an object with known keys, or a union of such objects. */
export function isObjectSchema(schema: AnySchema | null): boolean {
  return !!schema && objectOptions(schema).length > 0;
}

/** The object schemas a value may match: the object itself, or each object of a union. */
function objectOptions(schema: AnySchema): AnySchema[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object') return [inner];
  if (def.type === 'union') return (def.options ?? []).map(unwrap).filter((o) => defOf(o).type === 'object');
  return [];
}

/** The description of a schema, looking through optional wrappers. */
export function descriptionOf(schema: AnySchema | null): string | undefined {
  let current = schema;
  while (current) {
    const text = (current as unknown as { description?: string }).description;
    if (text) return text;
    const def = defOf(current);
    current = def.type === 'optional' || def.type === 'default' ? (def.innerType ?? null) : null;
  }
  return undefined;
}

/** The keys the object at `path` allows (of each object a union allows), in schema order, with descriptions; [] when it is not an object. */
export function allowedKeysAt(path: Path, root?: AnySchema): AllowedKey[] {
  const schema = schemaAtPath(path, root);
  if (!schema) return [];
  return objectOptions(schema).flatMap((option) => Object.entries(shapeOf(option)).map(([key, child]) => ({
    key,
    description: descriptionOf(child) ?? '',
    required: defOf(child).type !== 'optional',
  })));
}

/** The description of the key that ends `path` (e.g. ['stages', 0, 'name']), in the map's schema or `root`. */
export function keyDescriptionAt(path: Path, root?: AnySchema): string | undefined {
  return descriptionOf(schemaAtPath(path, root));
}

/** Fixed values a value at `path` can take: enum members, true/false, literal, or emotion scores. */
export function valueChoicesAt(path: Path): string[] {
  const schema = schemaAtPath(path);
  if (!schema) return [];
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  if (def.type === 'boolean') return ['true', 'false'];
  if (def.type === 'literal') return (def.values ?? []).map(String);
  if (isEmotion(inner)) return emotionValues();
  return [];
}

function isEmotion(schema: AnySchema): boolean {
  const def = defOf(schema);
  if (def.type === 'union') return (def.options ?? []).some((o) => isEmotion(unwrap(o)));
  return def.type === 'number' && (def.checks ?? []).some((c) => c._zod.def.check === 'greater_than' && c._zod.def.value === EMOTION_MIN);
}

function emotionValues(): string[] {
  const out: string[] = [];
  for (let v = EMOTION_MAX; v >= EMOTION_MIN; v--) out.push(String(v));
  return out;
}

/**
 * Which kind of declared id a scalar at this path refers to: a touchpoint's `channel` or `personas` item,
 * a per-persona emotion key, a stage's `lanes` key. Null when the scalar is not a reference.
 */
export function referenceKindAt(path: Path, part: 'key' | 'value'): IdKind | null {
  const n = path.length;
  const inTouchpoint = n >= 5 && path[0] === 'stages' && path[2] === 'touchpoints';
  if (part === 'value' && inTouchpoint && n === 5 && path[4] === 'channel') return 'channel';
  if (part === 'value' && inTouchpoint && n === 6 && path[4] === 'personas' && typeof path[5] === 'number') return 'persona';
  const emotionKey = path[n - 2] === 'emotion' && typeof path[n - 1] === 'string' && path[0] === 'stages';
  if (part === 'key' && emotionKey && (n === 4 || (inTouchpoint && n === 6))) return 'persona';
  if (part === 'key' && n === 4 && path[0] === 'stages' && path[2] === 'lanes') return 'lane';
  return null;
}

/** The kind of id a scalar at this path declares (`id` of a stage, touchpoint, persona...), or null. */
export function declarationKindAt(path: Path): IdKind | null {
  if (path[path.length - 1] !== 'id') return null;
  const owner = path.slice(0, -1);
  if (owner.length === 0) return 'map';
  const list = owner[owner.length - 2];
  if (owner.length === 2 && list === 'stages') return 'stage';
  if (owner.length === 2 && (list === 'personas' || list === 'channels' || list === 'lanes')) {
    return list === 'personas' ? 'persona' : list === 'channels' ? 'channel' : 'lane';
  }
  if (owner.length === 4 && list === 'touchpoints') return 'touchpoint';
  if (list === 'metrics') return 'metric';
  return null;
}
