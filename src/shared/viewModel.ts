/**
 * What the map editor renders: the typed map plus what it needs to link items back to the text.
 * Imported by the host (to build it) and the webview (to render it). No `vscode`, no DOM.
 */
import type { JourneyView, Path } from '../core/types';

/** The map as the webview sees it: a core type (src/core never imports src/shared), re-exported for both sides. */
export type { JourneyView };

/** A stable string key for a path, e.g. `stages.0.touchpoints.2`. */
export function pathKey(path: Path): string {
  return path.join('.');
}
