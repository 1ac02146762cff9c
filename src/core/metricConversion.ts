/**
 * Conversion between stages: a stage metric is compared with the same metric id in the nearest earlier stage
 * that measures it. Shared by the map editor's metrics lane and the `conversion-drop` insight.
 */
import type { Metric, Stage } from './schema';

/** The same metric in the nearest earlier stage that measures it, with that stage's index; undefined when none. */
export function earlierStageMetric(stages: Stage[], stageIndex: number, metricId: string):
  { metric: Metric; stageIndex: number } | undefined {
  for (let s = stageIndex - 1; s >= 0; s--) {
    const earlier = stages[s].metrics?.find((m) => m.id === metricId);
    if (earlier) return { metric: earlier, stageIndex: s };
  }
  return undefined;
}

/** value / earlier value, when both are known and the earlier one is not zero. */
export function conversionRatio(earlier: Metric, later: Metric): number | undefined {
  return earlier.value && later.value !== undefined ? later.value / earlier.value : undefined;
}
