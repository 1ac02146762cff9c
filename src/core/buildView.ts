/**
 * Analysis → what the map editor renders, and text offset → the map item under it (for the map's highlight).
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import type { JourneyView } from './types';
import { viewMetricData, withResolvedValues } from './data/metricView';
import type { MetricDataByPath } from './data/types';
import { resolveSharedPersonas, type SharedPersonaCatalog } from './sharedPersonas/sharedPersonas';
import type { Analysis, Path } from './types';

/** The file name without `.cjm.yaml` (or `.yaml`): the map id when the map declares none. */
export function mapIdFromFileName(fileName: string): string {
  return fileName.replace(/\.cjm\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
}

/**
 * The view of an analysed map, or null when the text has no valid model (the map editor keeps its last good one).
 * With resolved metric data, sourced metrics show their resolved value, and the view carries their series (the
 * last 52 earlier values of each: what a sparkline needs, not a whole file). With the workspace's shared personas,
 * each `{ use: id }` persona shows as the shared persona it names.
 */
export function buildView(analysis: Analysis, fileName: string, metricData?: MetricDataByPath, sharedPersonas?: SharedPersonaCatalog): JourneyView | null {
  const model = analysis.model && sharedPersonas ? resolveSharedPersonas(analysis.model, sharedPersonas) : analysis.model;
  if (!model) return null;
  const view: JourneyView = { mapId: model.id ?? mapIdFromFileName(fileName), fileName, map: model };
  if (metricData && Object.keys(metricData).length > 0) {
    view.map = withResolvedValues(model, metricData);
    view.metricData = viewMetricData(metricData);
  }
  return view;
}

function containsOffset(node: Node | null | undefined, offset: number): boolean {
  const range = node?.range;
  return !!range && range[0] <= offset && offset <= range[1];
}

/**
 * The path of the deepest list item (stage, touchpoint, persona, channel, lane, metric, or one text of a
 * list) whose text holds `offset`; [] when the offset is outside every list item.
 */
export function itemPathAt(doc: Document | null, offset: number): Path {
  let node = (doc?.contents ?? null) as Node | null;
  const path: Path = [];
  let deepestItem = 0;
  for (let depth = 0; depth < 64 && node; depth++) {
    let next: Node | null = null;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const keyNode = pair.key as Node;
        const value = pair.value as Node | null;
        if (containsOffset(keyNode, offset) || containsOffset(value, offset)) {
          path.push(String(pair.key.value));
          next = containsOffset(value, offset) ? value : null;
          break;
        }
      }
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => containsOffset(item as Node, offset));
      if (index >= 0) {
        path.push(index);
        deepestItem = path.length;
        next = node.items[index] as Node;
      }
    }
    node = next;
  }
  return path.slice(0, deepestItem);
}
