/**
 * Resolved metric data applied to a map: the map with each sourced metric's `value` filled in (what the map
 * editor, conversion and every export show), and the resolved JSON form `cjm render --format json` writes.
 */
import type { CjmMap, Metric } from '../schema';
import type { Path } from '../types';
import type { MetricData, MetricDataByPath } from './types';

/** A copy of `map` whose sourced metrics carry their resolved value; the map itself when nothing resolved. */
export function withResolvedValues(map: CjmMap, metrics: MetricDataByPath): CjmMap {
  if (Object.keys(metrics).length === 0) return map;
  return mapMetrics(map, (metric, path) => {
    const data = metrics[path.join('.')];
    return data ? { ...metric, value: data.value } : metric;
  });
}

/** How many earlier values a view keeps per metric: enough for a sparkline and a hover, not a whole file. */
export const VIEW_HISTORY = 52;

/** Metric data cut for a view (the map editor, exports): the last VIEW_HISTORY values of each history. */
export function viewMetricData(metrics: MetricDataByPath): MetricDataByPath {
  const cut: MetricDataByPath = {};
  for (const [key, data] of Object.entries(metrics)) {
    cut[key] = data.history.length > VIEW_HISTORY ? { ...data, history: data.history.slice(-VIEW_HISTORY) } : data;
  }
  return cut;
}

/** A metric as `cjm render --format json` writes it: the map's keys, plus the resolved data when it has a source. */
export type ResolvedMetricJson = Metric & Partial<Omit<MetricData, 'file'>>;

/** The map with every sourced metric's value, previous, delta, direction, date and history. */
export function resolvedMapJson(map: CjmMap, metrics: MetricDataByPath): CjmMap {
  return mapMetrics(map, (metric, path) => {
    const data = metrics[path.join('.')];
    if (!data) return metric;
    const { file: _file, ...resolved } = data;
    return { ...metric, ...resolved } as ResolvedMetricJson;
  });
}

function mapMetrics(map: CjmMap, change: (metric: Metric, path: Path) => Metric): CjmMap {
  const each = (metrics: Metric[] | undefined, owner: Path): Metric[] | undefined =>
    metrics?.map((metric, i) => change(metric, [...owner, 'metrics', i]));
  return {
    ...map,
    stages: map.stages.map((stage, s) => ({
      ...stage,
      ...(stage.metrics ? { metrics: each(stage.metrics, ['stages', s]) } : {}),
      ...(stage.touchpoints ? {
        touchpoints: stage.touchpoints.map((tp, t) =>
          (tp.metrics ? { ...tp, metrics: each(tp.metrics, ['stages', s, 'touchpoints', t]) } : tp)),
      } : {}),
    })),
  };
}
