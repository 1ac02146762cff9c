/**
 * What the map editor renders: the typed map plus what it needs to link items back to the text.
 * Imported by the host (to build it) and the webview (to render it). No `vscode`, no DOM.
 */
import type { MetricDataByPath } from '../core/data/types';
import type { CjmMap } from '../core/schema';
import type { Path } from '../core/types';

/** The map as the webview sees it. */
export interface JourneyView {
  /** The map id (declared, or the file name without .cjm.yaml). */
  mapId: string;
  /** The file name, for titles and exports. */
  fileName: string;
  /** The typed map as the text says (no defaults filled in), except that sourced metrics carry their resolved `value`. */
  map: CjmMap;
  /** Data read from each sourced metric's file, by the metric's path key (`stages.0.metrics.1`). */
  metricData?: MetricDataByPath;
}

/** A stable string key for a path, e.g. `stages.0.touchpoints.2`. */
export function pathKey(path: Path): string {
  return path.join('.');
}
