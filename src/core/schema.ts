/**
 * The journey map format, version 1: the single source of every key, its type and its documentation.
 * Types, validation, hover texts, completion and the JSON Schema are all derived from here.
 */
import * as z from 'zod';
import { LOCALES } from './l10n/locales';

/** An id: letters or digits in any script, then letters, digits, `-`, `_` or `.`; no spaces or slashes. */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** Emotion scale bounds, inclusive. */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

/** Map types: which lanes the map editor shows first. */
export const MAP_TYPES = ['basic', 'emotions', 'channels', 'persona', 'internal'] as const;

/** A calendar date as YAML text: YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Channel kinds: pick the icon and group channels. */
export const CHANNEL_KINDS = [
  'web', 'mobile', 'email', 'phone', 'store', 'social', 'ads', 'chat', 'mail', 'word-of-mouth', 'other',
] as const;

const id = (what: string) =>
  z.string().regex(ID_PATTERN).describe(
    `Id of this ${what}: unique among ${what}s of the map; letters, digits, '-', '_' or '.', no spaces.`,
  );
const text = (doc: string) => z.string().describe(doc);

/** A link into another journey: `<map-id>` or `<map-id>/<stage-id>`. */
export const JOURNEY_LINK_PATTERN = new RegExp(`^(${ID_PATTERN.source.slice(1, -1)})(?:/(${ID_PATTERN.source.slice(1, -1)}))?$`, 'u');
const journeyLink = (what: string) => z.string().regex(JOURNEY_LINK_PATTERN).describe(
  `Another journey map that this ${what} opens into, by its id: \`<map-id>\`, or \`<map-id>/<stage-id>\` for one of its stages. The map must be in the workspace.`,
);
const textList = (doc: string) => z.array(z.string()).describe(doc);

/**
 * An image: an `https://` URL, or a path relative to the map's folder that ends in .png, .jpg, .jpeg, .gif, .webp
 * or .svg and has no URL scheme (so `http:`, `data:`, `javascript:` and `file:` are refused).
 */
export const IMAGE_PATTERN = /^(?:[Hh][Tt][Tt][Pp][Ss]:\/\/\S+|(?![A-Za-z][A-Za-z0-9+.-]*:)[^\r\n]*\.(?:png|PNG|jpe?g|JPE?G|gif|GIF|webp|WEBP|svg|SVG))$/;
const image = (doc: string) => z.string().regex(IMAGE_PATTERN).describe(
  `${doc} A path relative to the map's folder (inside the workspace) to a .png, .jpg, .gif, .webp or .svg file, or an https:// URL (shown only when the setting journeyMaps.preview.allowRemoteImages is on).`,
);

/** A single emotion score from -2 (very negative) to +2 (very positive). */
export const emotionScore = z.number().int().min(EMOTION_MIN).max(EMOTION_MAX)
  .describe('How the customer feels here, an integer from -2 (very negative) through 0 (neutral) to +2 (very positive).');

/** An emotion: one score for everyone, or a score per persona id. */
export const emotionSchema = z.union([emotionScore, z.record(z.string(), emotionScore)])
  .describe('How the customer feels: an integer from -2 to +2, or one per persona, e.g. { anna: 1, ben: -1 }.');

export const personaSchema = z.strictObject({
  id: id('persona'),
  name: text('Name of the persona as shown on the map, e.g. "Anna, busy parent".'),
  description: text('Who this persona is, in a sentence or two.').optional(),
  goals: textList('What this persona wants to achieve.').optional(),
  frustrations: textList('What bothers this persona today.').optional(),
  quote: text('A typical sentence this persona says, shown in quotes on the map.').optional(),
  color: text('Colour of this persona\'s emotion curve, a CSS colour such as "#d9480f"; defaults to a theme colour.').optional(),
  image: image('A photo or avatar of this persona, shown on its card.').optional(),
}).describe('A persona: an archetype of the customer whose journey the map follows.');

/** A map's reference to a persona defined once for the workspace in a `*.personas.yaml` file. */
export const personaUseSchema = z.strictObject({
  use: z.string().regex(ID_PATTERN).describe('Id of a persona defined once for the workspace in a *.personas.yaml file; the map uses that persona as its own (touchpoints and emotions name it by this id).'),
}).describe('A shared persona: { use: <persona-id> } takes the persona from a *.personas.yaml file of the workspace.');

/** A persona of a map as the analysis gives it: a `{ use: id }` item reads as a persona with that id (named by it until resolved) that remembers `use`. */
export type MapPersona = z.infer<typeof personaSchema> & { use?: string };

/** An item of a map's `personas:` list: a persona of its own, or `{ use: <persona-id> }`. */
export const personaEntrySchema = z.union([personaSchema, personaUseSchema])
  .transform((entry): MapPersona => ('use' in entry ? { id: entry.use, name: entry.use, use: entry.use } : entry))
  .describe('A persona of the map, or { use: <persona-id> } for a persona shared through a *.personas.yaml file.');

/** A `*.personas.yaml` file: personas defined once for the workspace, used by maps with `{ use: <persona-id> }`. */
export const personasFileSchema = z.strictObject({
  personas: z.array(personaSchema).describe('Personas shared by the maps of the workspace; a map uses one with { use: <persona-id> } under its own personas:.'),
}).describe('Shared personas of the workspace (a *.personas.yaml file).');

export const channelSchema = z.strictObject({
  id: id('channel'),
  name: text('Name of the channel as shown on the map, e.g. "Website".'),
  kind: z.enum(CHANNEL_KINDS).describe(`What kind of channel this is (picks its icon): ${CHANNEL_KINDS.join(', ')}.`).optional(),
  description: text('What this channel is.').optional(),
}).describe('A channel: a medium through which the customer meets the product (website, app, store, phone...).');

export const laneSchema = z.strictObject({
  id: id('lane'),
  name: text('Name of the lane as shown at the left of its row.'),
  description: text('What this lane holds.').optional(),
  color: text('Accent colour of this lane, a CSS colour; defaults to a theme colour.').optional(),
}).describe('A custom lane: an extra row of the map that each stage fills under `lanes:`.');

/** Which way a metric improves: `higher` (the default) or `lower`. */
export const METRIC_BETTER = ['higher', 'lower'] as const;

export const metricSourceSchema = z.strictObject({
  file: text('Data file the value is read from, relative to the map\'s folder and inside the workspace: a .csv or .json file.'),
  column: text('CSV: the column (by its header) that holds the value; the value is taken from the row with the latest date.').optional(),
  'date-column': text('CSV: the column that holds each row\'s date (YYYY-MM-DD or YYYY-Www); without it, the last row is the latest.').optional(),
  pointer: text('JSON: an RFC 6901 JSON Pointer, e.g. "/checkout/nps", to a number or to a list of { date, value } objects.').optional(),
}).describe('Where the metric\'s value comes from: { file, column, date-column } for a CSV file, { file, pointer } for a JSON file.');

export const metricSchema = z.strictObject({
  id: id('metric'),
  name: text('Name of the metric, e.g. "Visitors".'),
  value: z.number().describe('The measured value; leave it out when the metric has a `source`.').optional(),
  target: z.number().describe('The value the team aims for.').optional(),
  unit: text('Unit of value and target, e.g. "sessions" or "%".').optional(),
  better: z.enum(METRIC_BETTER).describe('Which way is better for this metric: higher (the default) or lower, e.g. for time to checkout or cost per order.').optional(),
  description: text('How the metric is measured.').optional(),
  source: metricSourceSchema.optional(),
}).describe('A metric measured at this point of the journey; value and target are numbers, or the value comes from a data file (`source`).');

export const backstageSchema = z.strictObject({
  owners: textList('Teams or people responsible behind the scenes.').optional(),
  systems: textList('Systems and tools that support this stage.').optional(),
  processes: textList('Internal processes that run behind this stage.').optional(),
}).describe('What happens behind the scenes: owners, systems and processes the customer does not see.');

export const touchpointSchema = z.strictObject({
  id: id('touchpoint'),
  name: text('Name of the touchpoint as shown on its card, e.g. "Search ad".'),
  description: text('What happens at this touchpoint.').optional(),
  channel: z.string().describe('Id of the channel of this touchpoint; must name a channel declared under `channels:`.').optional(),
  personas: z.array(z.string()).describe('Ids of the personas who meet this touchpoint; default: all personas.').optional(),
  emotion: emotionSchema.optional(),
  'moment-of-truth': z.boolean().describe('true when this touchpoint decides whether the customer stays or leaves.').optional(),
  pains: textList('Problems the customer meets at this touchpoint.').optional(),
  opportunities: textList('Ideas to improve this touchpoint.').optional(),
  owner: text('Team or person responsible for this touchpoint.').optional(),
  metrics: z.array(metricSchema).describe('Metrics measured at this touchpoint.').optional(),
  links: z.array(z.string()).describe('Web links about this touchpoint (http or https).').optional(),
  code: z.array(z.string()).describe('Workspace-relative paths of the code that implements this touchpoint, optionally with #L12, #L12-L30 or #symbol.').optional(),
  journey: journeyLink('touchpoint').optional(),
}).describe('A touchpoint: one moment where the customer meets the product through a channel.');

export const stageSchema = z.strictObject({
  id: id('stage'),
  name: text('Name of the stage as shown at the top of its column, e.g. "Discover".'),
  description: text('What happens in this stage.').optional(),
  goal: text('What the customer wants to achieve in this stage.').optional(),
  actions: textList('What the customer does in this stage.').optional(),
  thoughts: textList('What the customer thinks or asks in this stage.').optional(),
  emotion: emotionSchema.optional(),
  pains: textList('Problems the customer meets in this stage.').optional(),
  opportunities: textList('Ideas to improve this stage.').optional(),
  metrics: z.array(metricSchema).describe('Metrics measured in this stage; conversion is computed between stages that share a metric id.').optional(),
  backstage: backstageSchema.optional(),
  lanes: z.record(z.string(), z.array(z.string()))
    .describe('Content of custom lanes for this stage: lane id → list of entries; each lane id must be declared under `lanes:`.').optional(),
  touchpoints: z.array(touchpointSchema).describe('Touchpoints of this stage, in the order the customer meets them.').optional(),
  journey: journeyLink('stage').optional(),
  image: image('A storyboard frame of this stage, shown under its name.').optional(),
}).describe('A stage: one phase of the journey, shown as a column of the map.');

export const mapSchema = z.strictObject({
  cjm: z.literal(1).describe('Version of the journey map format; this extension reads version 1.'),
  id: id('map').describe('Id of the map, used by `cjm: map-id/touchpoint-id` comments in code; defaults to the file name without .cjm.yaml.').optional(),
  title: text('Title of the map, shown at its top.'),
  description: text('What journey this map tells, in a sentence or two.').optional(),
  lang: z.enum(LOCALES).describe(`Language of the map's exports (lane titles, "target", column headers, number format): ${LOCALES.join(', ')}; defaults to VS Code's language (on the command line, --locale).`).optional(),
  type: z.enum(MAP_TYPES).describe(`Which lanes the map editor shows first: ${MAP_TYPES.join(', ')}.`).optional(),
  owner: text('Team or person responsible for this map.').optional(),
  reviewed: z.string().regex(DATE_PATTERN, 'a date written YYYY-MM-DD, e.g. 2026-01-31')
    .describe('When the team last reviewed this map, YYYY-MM-DD; the review-due insight reminds you when it is older than review-every days (default 90).').optional(),
  tags: textList('Free tags to group maps.').optional(),
  personas: z.array(personaEntrySchema).describe('Personas whose journey the map follows: each one written here, or { use: <persona-id> } for a persona of a *.personas.yaml file.').optional(),
  channels: z.array(channelSchema).describe('Channels through which the customer meets the product; touchpoints name them by id.').optional(),
  lanes: z.array(laneSchema).describe('Custom lanes (extra rows); stages fill them under their own `lanes:`.').optional(),
  stages: z.array(stageSchema).describe('Stages of the journey, from first contact to loyalty or leaving, in order.'),
}).describe('A customer journey map, format version 1.');

/** A whole journey map as written in a `*.cjm.yaml` file. */
export type CjmMap = z.infer<typeof mapSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Persona = z.infer<typeof personaSchema>;
/** What a `*.personas.yaml` file holds. */
export type PersonasFile = z.infer<typeof personasFileSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type MetricSource = z.infer<typeof metricSourceSchema>;
export type MetricBetter = (typeof METRIC_BETTER)[number];
export type Backstage = z.infer<typeof backstageSchema>;
export type Emotion = z.infer<typeof emotionSchema>;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type MapType = (typeof MAP_TYPES)[number];
