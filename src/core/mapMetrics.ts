/** The metrics of a map with their paths: one walk for the insight rules and the metric data sources. */
import type { CjmMap, Metric } from './schema';
import type { Path } from './types';

/** A metric and where it is, e.g. `['stages', 0, 'touchpoints', 1, 'metrics', 0]`. */
export interface PlacedMetric {
  metric: Metric;
  path: Path;
}

/** Every metric of the map with its path: each stage's metrics, then its touchpoints' metrics, in text order. */
export function allMetrics(map: CjmMap): PlacedMetric[] {
  const found: PlacedMetric[] = [];
  map.stages.forEach((stage, i) => {
    (stage.metrics ?? []).forEach((metric, k) => found.push({ metric, path: ['stages', i, 'metrics', k] }));
    (stage.touchpoints ?? []).forEach((tp, j) => (tp.metrics ?? []).forEach((metric, k) =>
      found.push({ metric, path: ['stages', i, 'touchpoints', j, 'metrics', k] })));
  });
  return found;
}
