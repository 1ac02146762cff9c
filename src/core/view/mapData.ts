/**
 * Pure derivations from a map for the map view: lane order, persona styles, channel icons, metric conversion.
 * No DOM, no VS Code: the export renders the same components to a string.
 */
import { activeTranslator, type Translator } from '../l10n/translate';
import { conversionRatio, earlierStageMetric } from '../metricConversion';
import type { ChannelKind, CjmMap, MapType, Metric, Persona, Stage } from '../schema';

/** Built-in lanes, plus `lane:<id>` for each custom lane. */
export type LaneKey =
  | 'personas' | 'goals' | 'actions' | 'touchpoints' | 'channels' | 'thoughts' | 'emotions'
  | 'pains' | 'opportunities' | 'metrics' | 'backstage' | `lane:${string}`;

/** One row of the map. */
export interface LaneInfo {
  key: LaneKey;
  title: string;
  /** A codicon name shown beside the title. */
  icon: string;
  /** Custom lanes only: the index of the lane in `lanes:`. */
  laneIndex?: number;
}

const BUILT_IN_ICONS = {
  personas: 'account', goals: 'target', actions: 'run-all', touchpoints: 'symbol-event', channels: 'radio-tower',
  thoughts: 'comment', emotions: 'pulse', pains: 'flame', opportunities: 'lightbulb', metrics: 'graph', backstage: 'server-process',
} as const satisfies Record<Exclude<LaneKey, `lane:${string}`>, string>;

/** A built-in lane. */
export type BuiltInLaneKey = keyof typeof BUILT_IN_ICONS;

/** The title of a built-in lane in the translator's language. */
export function builtInLaneTitle(key: BuiltInLaneKey, translator: Translator = activeTranslator()): string {
  switch (key) {
    case 'personas': return translator.t('Personas');
    case 'goals': return translator.t('Goals');
    case 'actions': return translator.t('Actions');
    case 'touchpoints': return translator.t('Touchpoints');
    case 'channels': return translator.t('Channels');
    case 'thoughts': return translator.t('Thoughts');
    case 'emotions': return translator.t('Emotions');
    case 'pains': return translator.t('Pains');
    case 'opportunities': return translator.t('Opportunities');
    case 'metrics': return translator.t('Metrics');
    case 'backstage': return translator.t('Backstage');
  }
}

/** Which built-in lanes come first for each map type; the rest follow in the basic order. */
const ORDER: Record<MapType, BuiltInLaneKey[]> = {
  basic: ['personas', 'goals', 'actions', 'touchpoints', 'thoughts', 'emotions', 'pains', 'opportunities',
    'channels', 'metrics', 'backstage'],
  emotions: ['emotions', 'thoughts', 'touchpoints', 'pains', 'opportunities'],
  channels: ['channels', 'touchpoints', 'actions', 'metrics'],
  persona: ['personas', 'goals', 'thoughts', 'emotions', 'touchpoints', 'pains'],
  internal: ['actions', 'touchpoints', 'backstage', 'pains', 'opportunities', 'metrics'],
};

/** Lanes that show even when empty, because they are where a user adds content. */
const ALWAYS: BuiltInLaneKey[] = ['touchpoints', 'emotions'];

function laneHasContent(map: CjmMap, key: BuiltInLaneKey): boolean {
  switch (key) {
    case 'personas': return (map.personas?.length ?? 0) > 0;
    case 'channels': return (map.channels?.length ?? 0) > 0;
    case 'pains':
    case 'opportunities':
      // Stops at the first stage with one, without copying every touchpoint (this runs on each map render).
      return map.stages.some((s) => s[key]?.length || s.touchpoints?.some((t) => t[key]?.length));
    case 'goals': return map.stages.some((s) => s.goal);
    case 'backstage': return map.stages.some((s) => s.backstage);
    default: return map.stages.some((s) => ((s as Record<string, unknown>)[key] as unknown[] | undefined)?.length);
  }
}

/**
 * The lanes of a map in display order: the map type's lanes first, then the rest, then custom lanes; built-in
 * lane titles in the translator's language (an export passes its map's; the map editor the active one).
 */
export function lanesFor(map: CjmMap, translator: Translator = activeTranslator()): LaneInfo[] {
  const first = ORDER[map.type ?? 'basic'];
  const keys = [...first, ...ORDER.basic.filter((k) => !first.includes(k))];
  const lanes: LaneInfo[] = keys
    .filter((k) => ALWAYS.includes(k) || laneHasContent(map, k))
    .map((k) => ({ key: k, title: builtInLaneTitle(k, translator), icon: BUILT_IN_ICONS[k] }));
  (map.lanes ?? []).forEach((lane, laneIndex) => {
    lanes.push({ key: `lane:${lane.id}`, title: lane.name, icon: 'list-unordered', laneIndex });
  });
  return lanes;
}

const KIND_ICON: Record<ChannelKind, string> = {
  web: 'globe', mobile: 'device-mobile', email: 'mail', phone: 'call-outgoing', store: 'home',
  social: 'comment-discussion', ads: 'megaphone', chat: 'comment', mail: 'package',
  'word-of-mouth': 'feedback', other: 'circle-large-outline',
};

/** The codicon name for a channel kind. */
export function channelIcon(kind: ChannelKind | undefined): string {
  return KIND_ICON[kind ?? 'other'];
}

/** Point shapes of the emotion curve, so that personas differ by more than colour. */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'hexagon'] as const;
/** A point shape. */
export type Shape = (typeof SHAPES)[number];
const DASHES = ['', '6 4', '2 3', '9 3 2 3', '12 4'];
/** Theme chart colours, with fallbacks for themes that leave one out (high contrast has no orange). */
/** How many series colours styles.css defines (--series-1 … --series-6). */
const SERIES_COUNT = 6;

/** How one persona's line looks. */
export interface SeriesStyle {
  personaId: string | null;
  name: string;
  color: string;
  shape: Shape;
  dash: string;
}

/** One style per persona (or a single "Everyone" style when the map declares no personas). */
export function seriesStyles(personas: Persona[] | undefined, translator: Translator = activeTranslator()): SeriesStyle[] {
  const list = personas?.length ? personas : [null];
  return list.map((p, i) => ({
    personaId: p?.id ?? null,
    name: p?.name ?? translator.t('Everyone'),
    color: p?.color ?? `var(--series-${(i % SERIES_COUNT) + 1})`,
    shape: SHAPES[i % SHAPES.length],
    dash: DASHES[i % DASHES.length],
  }));
}

/** A metric with its conversion from the nearest earlier stage that measures the same metric id. */
export interface MetricView {
  metric: Metric;
  index: number;
  /** value / earlier value in percent, when both are known. */
  conversion?: number;
  /** How far the value is towards the target, in percent: value / target, or target / value for `better: lower`. */
  ofTarget?: number;
}

/** Metrics of stage `stageIndex` with conversion and progress to target. */
export function stageMetrics(stages: Stage[], stageIndex: number): MetricView[] {
  return (stages[stageIndex].metrics ?? []).map((metric, index) => {
    const view: MetricView = { metric, index };
    const earlier = earlierStageMetric(stages, stageIndex, metric.id);
    const ratio = earlier && conversionRatio(earlier.metric, metric);
    if (ratio !== undefined) view.conversion = ratio * 100;
    if (metric.better === 'lower') {
      if (metric.target !== undefined && metric.value) view.ofTarget = (metric.target / metric.value) * 100;
    } else if (metric.target && metric.value !== undefined) {
      view.ofTarget = (metric.value / metric.target) * 100;
    }
    return view;
  });
}

/** An id not yet used by any stage or touchpoint: `${base}-N`. */
export function uniqueId(map: CjmMap, base: string): string {
  const used = new Set<string>();
  for (const s of map.stages) {
    used.add(s.id);
    for (const t of s.touchpoints ?? []) used.add(t.id);
  }
  let n = 1;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A short form of a persona name: the part before the first comma. */
export function shortName(name: string): string {
  const cut = name.indexOf(',');
  return cut > 0 ? name.slice(0, cut) : name;
}

/** Formats a number for display with thin grouping, e.g. 12 000 (one implementation, in src/core/data). */
export { formatNumber, formatPercent } from '../data/metricText';
