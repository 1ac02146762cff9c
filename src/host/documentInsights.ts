/**
 * The insight findings of an open map: its cached analysis run through the rules under its nearest config.
 * Diagnostics, quick fixes and the map editor all read this one list.
 */
import type * as vscode from 'vscode';
import { insightsOf } from '../core/insights/runInsights';
import type { MetricDataByPath } from '../core/data/types';
import type { Analysis, Problem } from '../core/types';
import { getAnalysisAsync } from './analysisCache';
import { insightConfigs } from './insightConfigs';

/**
 * The findings of `analysis` (the document's analysis; computed when not given) under the document's config,
 * with `metricData` read from the map's data files (the callers that read them pass it, for `stale-metric`).
 */
export async function documentInsights(document: vscode.TextDocument, analysis?: Analysis, metricData?: MetricDataByPath): Promise<Problem[]> {
  const [settings, analysed] = await Promise.all([insightConfigs.settingsFor(document.uri), analysis ?? getAnalysisAsync(document)]);
  return insightsOf(analysed, settings, metricData);
}
