/**
 * A map read loosely from its YAML, so hover, completion and symbols work while the map has schema errors.
 * Every accessor checks the shape it reads; nothing here trusts the text.
 */
import type { Analysis } from '../core/types';

/** A plain object read from YAML. */
export type Loose = Record<string, unknown>;

const cache = new WeakMap<Analysis, Loose>();

/** The map as plain data (an empty object when the text is not a map). */
export function looseMap(analysis: Analysis): Loose {
  const hit = cache.get(analysis);
  if (hit) return hit;
  let data: unknown = analysis.model;
  if (!data && analysis.doc) {
    try {
      data = analysis.doc.toJS({ maxAliasCount: 50 });
    } catch {
      data = null; // not lost: the analysis reports what stops the data being read (e.g. too many aliases) as a problem
    }
  }
  const result = asObject(data) ?? {};
  cache.set(analysis, result);
  return result;
}

/** The value as an object, or undefined. */
export function asObject(value: unknown): Loose | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : undefined;
}

/** The objects of a list value (other items skipped). */
export function objectsOf(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map(asObject).filter((v): v is Loose => !!v) : [];
}

/** The strings (and numbers) of a list value, as text. */
export function textsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String) : [];
}

/** A string or number field as text, or undefined. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** The declared items of a top-level list (`personas`, `channels`, `lanes`, `stages`). */
export function listOf(map: Loose, key: 'personas' | 'channels' | 'lanes' | 'stages'): Loose[] {
  return objectsOf(map[key]);
}

/** Finds the item of a top-level list with this id. */
export function findById(map: Loose, key: 'personas' | 'channels' | 'lanes' | 'stages', id: string): Loose | undefined {
  return listOf(map, key).find((item) => textOf(item.id) === id);
}

/** A touchpoint with the stage it belongs to. */
export interface LooseTouchpoint {
  touchpoint: Loose;
  stage: Loose;
}

/** Finds a touchpoint by id, in any stage. */
export function findTouchpoint(map: Loose, id: string): LooseTouchpoint | undefined {
  for (const stage of listOf(map, 'stages')) {
    const touchpoint = objectsOf(stage.touchpoints).find((t) => textOf(t.id) === id);
    if (touchpoint) return { touchpoint, stage };
  }
  return undefined;
}
