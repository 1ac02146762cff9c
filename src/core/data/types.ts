/**
 * The shapes of metric data read from the team's files: what a source resolves to, and how files are read.
 * No `vscode`, no DOM, no `fs`: the caller hands file contents in through a DataFileReader.
 */
import type { Problem } from '../problemTypes';

/** One dated (or undated) value of a metric's series. */
export interface MetricPoint {
  /** The row's date as written (YYYY-MM-DD or YYYY-Www), when the source has dates. */
  date?: string;
  value: number;
}

/** Whether the latest value moved the way the metric improves (`better`), the other way, or not at all. */
export type Direction = 'progress' | 'regress' | 'flat';

/** What a metric's source resolved to. */
export interface MetricData {
  /** The latest value. */
  value: number;
  /** The value before it, when the series has one. */
  previous?: number;
  /** value − previous. */
  delta?: number;
  /** progress, regress or flat, by the metric's `better` (default higher); absent without a previous value. */
  direction?: Direction;
  /** The latest row's date as written, when the source has dates. */
  date?: string;
  /** The values before the latest, oldest first (the latest is `value`). */
  history: MetricPoint[];
  /** The data file, as written in the map. */
  file: string;
}

/** Resolved data of a map's metrics, keyed by the metric's path key (`stages.0.metrics.1`). */
export type MetricDataByPath = Record<string, MetricData>;

/** The contents of a data file, or why there are none. */
export type DataFileContent =
  | { ok: true; text: string; version: string }
  | { ok: false; missing: boolean; reason: string };

/**
 * Reads data files for the resolver: workspace.fs in the extension host (and its browser build), fs in the CLI.
 * `version` must change whenever the text does (document version, modification time and size...), so parsed
 * files can be cached by it.
 */
export interface DataFileReader {
  read(path: string): Promise<DataFileContent>;
}

/** Everything the data files of one map gave: metric data, problems, and the files read (for watching). */
export interface DataResolution {
  metrics: MetricDataByPath;
  problems: Problem[];
  /** Normalised paths of the data files the map reads (inside the workspace). */
  files: string[];
}
