/**
 * The shapes every consumer of an analysed map shares: problems, the id index and the analysis itself.
 * Offsets and lengths are in UTF-16 code units of the analysed text, as VS Code and JavaScript count them.
 */
import type { MapImages } from './images/imageTypes';
import type { Document } from 'yaml';
import type { MetricDataByPath } from './data/types';
import type { CjmMap } from './schema';

export type { Path, Problem, RelatedPlace, Severity } from './problemTypes';
import type { Path, Problem } from './problemTypes';

/** The kinds of ids a map declares. */
export type IdKind = 'map' | 'stage' | 'touchpoint' | 'persona' | 'channel' | 'lane' | 'metric';

/** One occurrence of an id in the text: its declaration or a reference to it. */
export interface IdOccurrence {
  kind: IdKind;
  /** The id as written. */
  id: string;
  /** Path of the scalar that holds the id (for a per-persona emotion key or a stage `lanes` key: the path of the pair's value). */
  path: Path;
  /** Range of the id itself in the text, without quotes. */
  offset: number;
  length: number;
  /** For metrics: the path of the stage or touchpoint that owns it (metric ids are unique per owner). */
  owner?: Path;
}

/** Every declaration of an id and every reference to one, in text order. */
export interface IdIndex {
  declarations: IdOccurrence[];
  references: IdOccurrence[];
}

/** Everything derived from one version of a map's text. */
export interface Analysis {
  text: string;
  /** The parsed YAML document (with source ranges); null only when the text cannot be parsed at all. */
  doc: Document.Parsed | null;
  /** The typed map when the text matches the schema (reference problems do not clear it); otherwise null. */
  model: CjmMap | null;
  problems: Problem[];
  index: IdIndex;
  /** The map's id: its `id:` key, else the file name without `.cjm.yaml`; undefined when neither is known. */
  mapId?: string;
}

/** A change the map editor asks for, expressed on the YAML structure (the webview sends it; src/core/edits applies it). */
export type EditOp =
  | { kind: 'set'; path: Path; value: string | number | boolean | null }
  | { kind: 'insert'; path: Path; index: number; value: unknown }
  | { kind: 'move'; from: Path; to: Path; index: number }
  | { kind: 'remove'; path: Path };

/** The map as the map editor sees it (built by src/core/buildView, rendered by the webview and the exports). */
export interface JourneyView {
  /** The map id (declared, or the file name without .cjm.yaml). */
  mapId: string;
  /** The file name, for titles and exports. */
  fileName: string;
  /** The typed map as the text says (no defaults filled in), except that sourced metrics carry their resolved `value`. */
  map: CjmMap;
  /** Data read from each sourced metric's file, by the metric's path key (`stages.0.metrics.1`). */
  metricData?: MetricDataByPath;
  /** How to show each `image:` value (webview URIs in the map editor, data URIs in exports); absent: no pictures resolved. */
  images?: MapImages;
  /** Shared persona id (`use:`) → the `*.personas.yaml` file that defines it, as the user reads its path (map editor only). */
  sharedPersonaFiles?: Record<string, string>;
}
