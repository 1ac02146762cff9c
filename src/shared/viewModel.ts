/**
 * What the map editor renders: the typed map plus what it needs to link items back to the text.
 * Imported by the host (to build it) and the webview (to render it). No `vscode`, no DOM.
 */
import type { CjmMap } from '../core/schema';
import type { Path } from '../core/types';

/** The map as the webview sees it. */
export interface JourneyView {
  /** The map id (declared, or the file name without .cjm.yaml). */
  mapId: string;
  /** The file name, for titles and exports. */
  fileName: string;
  /** The typed map, exactly as the text says (no defaults filled in). */
  map: CjmMap;
}

/** A stable string key for a path, e.g. `stages.0.touchpoints.2`. */
export function pathKey(path: Path): string {
  return path.join('.');
}
