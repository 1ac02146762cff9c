/**
 * The keys the diff compares as fields of each kind of element, in the schema's order (all but `id` and the keys
 * that hold child elements). Written out rather than read from the zod schema so that the map editor's bundle,
 * which diffs maps live, does not carry zod; test/unit/diff/fieldKeys.test.ts checks them against the schema.
 */

/** Map header fields (its `id` included: a changed map id is a changed field). */
export const MAP_KEYS = ['id', 'title', 'description', 'lang', 'type', 'owner', 'reviewed', 'tags'];
/** Stage fields; `backstage` and `lanes` are compared one list per key. */
export const STAGE_KEYS = ['name', 'description', 'goal', 'actions', 'thoughts', 'emotion', 'pains', 'opportunities', 'backstage', 'lanes', 'journey', 'image'];
/** Touchpoint fields. */
export const TOUCHPOINT_KEYS = ['name', 'description', 'channel', 'personas', 'emotion', 'moment-of-truth', 'pains', 'opportunities',
  'owner', 'links', 'code', 'journey'];
/** Persona fields. */
export const PERSONA_KEYS = ['name', 'description', 'goals', 'frustrations', 'quote', 'color', 'image'];
/** Channel fields. */
export const CHANNEL_KEYS = ['name', 'kind', 'description'];
/** Custom lane fields. */
export const LANE_KEYS = ['name', 'description', 'color'];
/** Metric fields. */
export const METRIC_KEYS = ['name', 'value', 'target', 'unit', 'better', 'description', 'source'];
