/**
 * zod issues → problems anchored on the offending node: the value, an unknown key itself, or for a missing
 * key the key (or id) of the mapping that lacks it.
 */
import { isMap, type Document, type Pair } from 'yaml';
import * as z from 'zod';
import { SuggestionSet, closestMatch } from './didYouMean';
import { anchorOfItem } from './mapWalk';
import { t } from './l10n/translate';
import { describeValue, didYouMeanText, kindName, makeProblem, quote } from './problems';
import { invalidImageMessage } from './images/imageRefs';
import { propertyNameOfKey } from './plainData';
import { innerRangeOfNode, keyRangeOfPath, nodeAtPath, pairAtPath, rangeOfNode, type TextRange } from './ranges';
import {
  backstageSchema, channelSchema, laneSchema, mapSchema, metricSchema, metricSourceSchema, personaSchema, personasFileSchema,
  personaUseSchema, stageSchema, touchpointSchema,
} from './schema';
import type { Path, Problem } from './types';

/** The kinds of object a file of the format holds; `personaUse` is a map's `{ use: id }` item, `personasFile` a `*.personas.yaml` file's top level. */
export type ObjectKind = 'map' | 'stage' | 'touchpoint' | 'persona' | 'personaUse' | 'channel' | 'lane' | 'metric' | 'backstage' | 'source'
  | 'personasFile';

const OBJECT_SCHEMAS: Record<ObjectKind, z.ZodObject> = {
  map: mapSchema, stage: stageSchema, touchpoint: touchpointSchema, persona: personaSchema, personaUse: personaUseSchema,
  channel: channelSchema, lane: laneSchema, metric: metricSchema, backstage: backstageSchema, source: metricSourceSchema,
  personasFile: personasFileSchema,
};

/** Which list key of which kind holds items of which kind. */
const LIST_CHILDREN: Partial<Record<ObjectKind, Record<string, ObjectKind>>> = {
  map: { personas: 'persona', channels: 'channel', lanes: 'lane', stages: 'stage' },
  personasFile: { personas: 'persona' },
  stage: { metrics: 'metric', touchpoints: 'touchpoint' },
  touchpoint: { metrics: 'metric' },
};

/** How a message names the type zod expected, in the active language. */
function typeName(expected: string): string {
  switch (expected) {
    case 'string': return t('text');
    case 'number': return t('a number');
    case 'int': return t('an integer');
    case 'boolean': return t('true or false');
    case 'array': return t('a list');
    case 'object': case 'record': return t('a mapping');
    default: return expected;
  }
}


/** The kind of object (stage, touchpoint...) at `path` from `root`, or null when the path is not an object of the format. */
export function objectKindAt(path: Path, root: ObjectKind = 'map'): ObjectKind | null {
  let kind = root as ObjectKind | null;
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
  /** What the top level is: a map (the default) or a `*.personas.yaml` file. */
  root?: ObjectKind;
}

/** The problems for zod's issues (emotion issues are left to the map walk, which reports them precisely). */
export function problemsOfIssues(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues.flatMap((i) => chosenIssues(i, ctx))) {
    const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
    if (isEmotionPath(path)) continue;
    if (issue.code === 'unrecognized_keys') {
      // One look-up table per mapping: finding each key by a scan was quadratic (50,000 unknown keys took 39 s).
      const keys = keyNodesOf(ctx.doc, nodeAtPath(ctx.doc, path));
      const allowed = new SuggestionSet(allowedKeysAt(ctx, path));
      for (const key of issue.keys) problems.push(unknownKey(ctx, path, key, keys.get(key), allowed));
    } else if (valueAtPath(ctx.data, path) === undefined) {
      problems.push(missingKey(ctx, path));
    } else {
      problems.push(badValue(ctx, path, issue));
    }
  }
  return problems;
}

/**
 * A persona item matches neither a persona nor `{ use: id }`: the issues of the form it was meant as (it has a
 * `use` key, or not), placed under its path. Other issues stay as they are.
 */
function chosenIssues(issue: z.core.$ZodIssue, ctx: IssueContext): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !issue.path.length || issue.errors.length !== 2) return [issue];
  const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
  if (objectKindAt(path, ctx.root) !== 'persona') return [issue];
  const branch = issue.errors[kindAt(ctx, path) === 'personaUse' ? 1 : 0];
  return branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** The kind of object at `path`, telling a map's `{ use: id }` persona item from a persona of its own. */
function kindAt(ctx: IssueContext, path: Path): ObjectKind | null {
  const kind = objectKindAt(path, ctx.root);
  if (kind !== 'persona' || (ctx.root ?? 'map') !== 'map') return kind;
  const item = valueAtPath(ctx.data, path);
  return item !== null && typeof item === 'object' && 'use' in item ? 'personaUse' : kind;
}

function isEmotionPath(path: Path): boolean {
  return path[0] === 'stages' && (path[2] === 'emotion' || (path[2] === 'touchpoints' && path[4] === 'emotion'));
}

/** Names an object for a message: `stage "discover"`, `touchpoint 2 of stage "pay"`, `the map`. */
function describeObject(ctx: IssueContext, path: Path): string {
  const kind = kindAt(ctx, path);
  if (kind === 'map') return t('the map');
  if (kind === 'personasFile') return t('the personas file');
  if (kind === 'personaUse') {
    const last = path[path.length - 1];
    return typeof last === 'number' ? t('the shared persona item {0}', last + 1) : t('the shared persona item');
  }
  if (kind === 'backstage') return t('the backstage of {0}', describeObject(ctx, path.slice(0, -1)));
  if (kind === 'source') return t('the source of {0}', describeObject(ctx, path.slice(0, -1)));
  const id = valueAtPath(ctx.data, [...path, 'id']);
  const last = path[path.length - 1];
  const name = typeof id === 'string' ? ` ${quote(id)}` : typeof last === 'number' ? ` ${last + 1}` : '';
  return kind ? `${kindName(kind)}${name}` : t('the mapping');
}

function allowedKeysAt(ctx: IssueContext, path: Path): string[] {
  const kind = kindAt(ctx, path);
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

/**
 * An empty key (`: value` at a line start) has an empty range where yaml puts it: at the end of the node before,
 * which differs between a whole-text parse and a block's. Both flag the `:` that stands for the key.
 */
function emptyKeyAtIndicator(text: string, range: TextRange | null): TextRange | null {
  if (!range || range.length > 0) return range;
  const skip = text.slice(range.offset).search(/\S/);
  return skip > 0 ? { offset: range.offset + skip, length: 0 } : range;
}

function unknownKey(ctx: IssueContext, path: Path, key: string, keyNode: unknown, allowed: SuggestionSet): Problem {
  const range = emptyKeyAtIndicator(ctx.text, rangeOfNode(keyNode)) ?? anchorOfPath(ctx, path);
  if (kindAt(ctx, path) === 'personaUse') {
    return makeProblem('unknown-key', range, t('Unknown key {0} beside "use": a shared persona takes all its fields from its *.personas.yaml file. Edit them there, or replace "use" with an id and name of the map’s own.', quote(key)),
      { path: [...path, key] });
  }
  const suggestion = allowed.closest(key);
  return makeProblem('unknown-key', range,
    t('Unknown key {0} in {1}. Allowed keys: {2}.', quote(key), describeObject(ctx, path), allowedKeysAt(ctx, path).join(', ')) + didYouMeanText(suggestion),
    { path: [...path, key], suggestion });
}

function missingKey(ctx: IssueContext, path: Path): Problem {
  const parent = path.slice(0, -1);
  const key = String(path[path.length - 1]);
  const kind = kindAt(ctx, parent);
  const needs = kind && kind !== 'personaUse' && kind !== 'personasFile' ? ` ${t('A {0} needs: {1}.', kindName(kind), requiredKeys(kind).join(', '))}` : '';
  return makeProblem('missing-key', missingKeyAnchor(ctx, parent),
    t('Missing required key {0} in {1}.', quote(key), describeObject(ctx, parent)) + needs, { path });
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
  const field = typeof last === 'number' ? t('Each entry of {0}', quote(String(path[path.length - 2]))) : quote(String(last ?? 'map'));
  if (issue.code === 'invalid_value' && path.length === 1 && path[0] === 'cjm') {
    return makeProblem('unsupported-version', range,
      t('Unsupported format version {0}: this extension reads version 1 ("cjm: 1").', typeof value === 'string' ? quote(value) : String(value)),
      { path, suggestion: '1' });
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
    return makeProblem('invalid-value', range,
      t('{0} cannot be {1}. Allowed: {2}.', field, describeValue(value), allowed.join(', ')) + didYouMeanText(suggestion), { path, suggestion });
  }
  if (issue.code === 'invalid_format' && (last === 'id' || last === 'use') && typeof value === 'string') {
    const fixed = slugify(value);
    return makeProblem('invalid-id', range,
      t('Invalid id {0}: an id starts with a letter or digit and then holds only letters, digits, "-", "_" or "."; no spaces or slashes.', quote(value)) + didYouMeanText(fixed),
      { path, suggestion: fixed });
  }
  if (issue.code === 'invalid_format' && last === 'journey' && typeof value === 'string') {
    return makeProblem('invalid-value', range,
      t('Invalid journey link {0}: write the id of another map, "<map-id>", or one of its stages, "<map-id>/<stage-id>".', quote(value)), { path });
  }
  if (issue.code === 'invalid_format' && last === 'image' && typeof value === 'string') {
    return makeProblem('invalid-image', range, invalidImageMessage(value), { path });
  }
  if (issue.code === 'invalid_type') {
    return makeProblem('wrong-type', range, t('{0} must be {1}; got {2}.', field, typeName(issue.expected), describeValue(value)), { path });
  }
  return makeProblem('invalid-value', range, t('{0} is not allowed here: {1}.', field, issue.message), { path });
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
