/**
 * zod issues → problems anchored on the offending node: the value, an unknown key itself, or for a missing
 * key the key (or id) of the mapping that lacks it.
 */
import { isMap, type Document, type Pair } from 'yaml';
import * as z from 'zod';
import { SuggestionSet, closestMatch } from './didYouMean';
import { anchorOfItem } from './mapWalk';
import { invalidImageMessage } from './images/imageRefs';
import { describeValue, didYouMeanText, makeProblem, quote } from './problems';
import { propertyNameOfKey } from './plainData';
import { innerRangeOfNode, keyRangeOfPath, nodeAtPath, pairAtPath, rangeOfNode, type TextRange } from './ranges';
import {
  backstageSchema, channelSchema, laneSchema, mapSchema, metricSchema, metricSourceSchema, personaSchema, stageSchema, touchpointSchema,
} from './schema';
import type { Path, Problem } from './types';

type ObjectKind = 'map' | 'stage' | 'touchpoint' | 'persona' | 'channel' | 'lane' | 'metric' | 'backstage' | 'source';

const OBJECT_SCHEMAS: Record<ObjectKind, z.ZodObject> = {
  map: mapSchema, stage: stageSchema, touchpoint: touchpointSchema, persona: personaSchema,
  channel: channelSchema, lane: laneSchema, metric: metricSchema, backstage: backstageSchema, source: metricSourceSchema,
};

/** Which list key of which kind holds items of which kind. */
const LIST_CHILDREN: Partial<Record<ObjectKind, Record<string, ObjectKind>>> = {
  map: { personas: 'persona', channels: 'channel', lanes: 'lane', stages: 'stage' },
  stage: { metrics: 'metric', touchpoints: 'touchpoint' },
  touchpoint: { metrics: 'metric' },
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text', number: 'a number', int: 'an integer', boolean: 'true or false', array: 'a list',
  object: 'a mapping', record: 'a mapping',
};

/** The kind of object (stage, touchpoint...) at `path`, or null when the path is not an object of the format. */
export function objectKindAt(path: Path): ObjectKind | null {
  let kind = 'map' as ObjectKind | null;
  let pending: ObjectKind | null = null;
  for (const segment of path) {
    if (pending && typeof segment === 'number') {
      kind = pending;
      pending = null;
    } else if (kind === 'stage' && segment === 'backstage') {
      kind = 'backstage';
    } else if (kind === 'metric' && segment === 'source') {
      kind = 'source';
    } else {
      pending = (kind && typeof segment === 'string' && LIST_CHILDREN[kind]?.[segment]) || null;
      kind = null;
      if (!pending) return null;
    }
  }
  return pending ? null : kind;
}

/** Keys a format object of this kind accepts, in schema order. */
export function allowedKeys(kind: ObjectKind): string[] {
  return Object.keys(OBJECT_SCHEMAS[kind].shape);
}

/** Required keys of a format object of this kind. */
export function requiredKeys(kind: ObjectKind): string[] {
  const shape = OBJECT_SCHEMAS[kind].shape as Record<string, z.ZodType>;
  return Object.keys(shape).filter((key) => !shape[key].safeParse(undefined).success);
}

/** The plain value at `path` of the converted data. */
export function valueAtPath(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

interface IssueContext {
  doc: Document.Parsed;
  text: string;
  data: unknown;
}

/** The problems for zod's issues (emotion issues are left to the map walk, which reports them precisely). */
export function problemsOfIssues(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
    if (isEmotionPath(path)) continue;
    if (issue.code === 'unrecognized_keys') {
      // One look-up table per mapping: finding each key by a scan was quadratic (50,000 unknown keys took 39 s).
      const keys = keyNodesOf(ctx.doc, nodeAtPath(ctx.doc, path));
      const allowed = new SuggestionSet(allowedKeysAt(path));
      for (const key of issue.keys) problems.push(unknownKey(ctx, path, key, keys.get(key), allowed));
    } else if (valueAtPath(ctx.data, path) === undefined) {
      problems.push(missingKey(ctx, path));
    } else {
      problems.push(badValue(ctx, path, issue));
    }
  }
  return problems;
}

function isEmotionPath(path: Path): boolean {
  return path[0] === 'stages' && (path[2] === 'emotion' || (path[2] === 'touchpoints' && path[4] === 'emotion'));
}

/** Names an object for a message: `stage "discover"`, `touchpoint 2 of stage "pay"`, `the map`. */
function describeObject(ctx: IssueContext, path: Path): string {
  const kind = objectKindAt(path);
  if (kind === 'map') return 'the map';
  if (kind === 'backstage') return `the backstage of ${describeObject(ctx, path.slice(0, -1))}`;
  if (kind === 'source') return `the source of ${describeObject(ctx, path.slice(0, -1))}`;
  const id = valueAtPath(ctx.data, [...path, 'id']);
  const last = path[path.length - 1];
  const name = typeof id === 'string' ? ` ${quote(id)}` : typeof last === 'number' ? ` ${last + 1}` : '';
  return `${kind ?? 'the mapping'}${name}`;
}

function allowedKeysAt(path: Path): string[] {
  const kind = objectKindAt(path);
  return kind ? allowedKeys(kind) : [];
}

/** Each key of a mapping, by the name the data gives it (the first, when one repeats) → its node. */
function keyNodesOf(doc: Document.Parsed, node: unknown): Map<string, unknown> {
  const keys = new Map<string, unknown>();
  if (!isMap(node)) return keys;
  for (const pair of node.items) {
    const key = propertyNameOfKey(doc, pair.key);
    if (!keys.has(key)) keys.set(key, pair.key);
  }
  return keys;
}

function unknownKey(ctx: IssueContext, path: Path, key: string, keyNode: unknown, allowed: SuggestionSet): Problem {
  const suggestion = allowed.closest(key);
  const range = rangeOfNode(keyNode) ?? anchorOfPath(ctx, path);
  return makeProblem('unknown-key', range,
    `Unknown key ${quote(key)} in ${describeObject(ctx, path)}. Allowed keys: ${allowedKeysAt(path).join(', ')}.${didYouMeanText(suggestion)}`,
    { path: [...path, key], suggestion });
}

function missingKey(ctx: IssueContext, path: Path): Problem {
  const parent = path.slice(0, -1);
  const key = String(path[path.length - 1]);
  const kind = objectKindAt(parent);
  const needs = kind ? ` ${kind === 'map' ? 'A map' : `A ${kind}`} needs: ${requiredKeys(kind).join(', ')}.` : '';
  return makeProblem('missing-key', missingKeyAnchor(ctx, parent),
    `Missing required key ${quote(key)} in ${describeObject(ctx, parent)}.${needs}`, { path });
}

function missingKeyAnchor(ctx: IssueContext, parent: Path): TextRange {
  if (typeof parent[parent.length - 1] === 'string') {
    const range = keyRangeOfPath(ctx.doc, parent);
    if (range) return range;
  }
  const node = nodeAtPath(ctx.doc, parent);
  if (!isMap(node)) return anchorOfPath(ctx, parent);
  if (parent.length === 0) return rangeOfNode((node.items[0] as Pair | undefined)?.key) ?? anchorOfPath(ctx, parent);
  return anchorOfItem(ctx, node);
}

function badValue(ctx: IssueContext, path: Path, issue: z.core.$ZodIssue): Problem {
  const value = valueAtPath(ctx.data, path);
  const range = anchorOfPath(ctx, path);
  const last = path[path.length - 1];
  const field = typeof last === 'number' ? `Each entry of ${quote(String(path[path.length - 2]))}` : quote(String(last ?? 'map'));
  if (issue.code === 'invalid_value' && path.length === 1 && path[0] === 'cjm') {
    return makeProblem('unsupported-version', range,
      `Unsupported format version ${typeof value === 'string' ? quote(value) : String(value)}: this extension reads version 1 ("cjm: 1").`,
      { path, suggestion: '1' });
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
    return makeProblem('invalid-value', range,
      `${field} cannot be ${describeValue(value)}. Allowed: ${allowed.join(', ')}.${didYouMeanText(suggestion)}`, { path, suggestion });
  }
  if (issue.code === 'invalid_format' && last === 'id' && typeof value === 'string') {
    const fixed = slugify(value);
    return makeProblem('invalid-id', range,
      `Invalid id ${quote(value)}: an id starts with a letter or digit and then holds only letters, digits, "-", "_" or "."; no spaces or slashes.${didYouMeanText(fixed)}`,
      { path, suggestion: fixed });
  }
  if (issue.code === 'invalid_format' && last === 'journey' && typeof value === 'string') {
    return makeProblem('invalid-value', range,
      `Invalid journey link ${quote(value)}: write the id of another map, "<map-id>", or one of its stages, "<map-id>/<stage-id>".`, { path });
  }
  if (issue.code === 'invalid_format' && last === 'image' && typeof value === 'string') {
    return makeProblem('invalid-image', range, invalidImageMessage(value), { path });
  }
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    return makeProblem('wrong-type', range, `${field} must be ${expected}; got ${describeValue(value)}.`, { path });
  }
  return makeProblem('invalid-value', range, `${field} is not allowed here: ${issue.message}.`, { path });
}

/** An id made valid: spaces and slashes become `-`, other characters an id cannot hold are dropped. */
export function slugify(value: string): string | undefined {
  const slug = value.trim().replace(/[\s/\\]+/gu, '-').replace(/[^\p{L}\p{N}_.-]/gu, '').replace(/^[^\p{L}\p{N}]+/u, '');
  return slug.length > 0 && slug !== value ? slug : undefined;
}

/** The range to flag for the node at `path`: a scalar's content, else the node, else its key, else an ancestor. */
export function anchorOfPath(ctx: { doc: Document.Parsed; text: string }, path: Path): TextRange {
  for (let end = path.length; end >= 0; end--) {
    const sub = path.slice(0, end);
    const pair = typeof sub[sub.length - 1] === 'string' ? pairAtPath(ctx.doc, sub) : null;
    const node = pair ? pair.value : nodeAtPath(ctx.doc, sub);
    const range = innerRangeOfNode(node, ctx.text);
    if (range && range.length > 0) return range;
    const keyRange = pair ? rangeOfNode(pair.key) : null;
    if (keyRange && keyRange.length > 0) return keyRange;
  }
  return { offset: 0, length: Math.min(1, ctx.text.length) };
}
