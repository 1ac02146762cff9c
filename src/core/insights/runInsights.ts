/**
 * Runs the insight rules over an analysed map, after validation: findings anchored on exact ranges, with the
 * configured severity, minus those a `# cjm-ignore` comment silences, plus a warning for each unknown code in
 * such a comment. Every consumer (diagnostics, map editor, CLI, SARIF) reads this one list.
 */
import { t } from '../l10n/translate';
import { finishProblems } from '../analyze';
import { LineLocator } from '../lineLocator';
import { keyRangeOfPath } from '../ranges';
import { anchorOfPath } from '../schemaIssues';
import type { MetricDataByPath } from '../data/types';
import type { Analysis, Problem } from '../types';
import { INSIGHT_CODES, INSIGHT_RULES } from './registry';
import type { InsightRule, RuleFinding } from './ruleTypes';
import type { InsightSettings } from './settings';
import { ignoredCodes, unknownIgnoredCodes } from './suppression';

const memo = new WeakMap<Analysis, { settings: InsightSettings; metricData: MetricDataByPath; findings: Problem[] }>();
const NO_DATA: MetricDataByPath = {};

/**
 * The insight findings of an analysis (computed once per analysis, settings object and metric data); [] for an
 * invalid map. `metricData` is what was read from the map's data files (for `stale-metric`).
 */
export function insightsOf(analysis: Analysis, settings: InsightSettings, metricData: MetricDataByPath = NO_DATA): Problem[] {
  const hit = memo.get(analysis);
  if (hit && hit.settings === settings && hit.metricData === metricData) return hit.findings;
  const findings = runInsights(analysis, settings, metricData);
  memo.set(analysis, { settings, metricData, findings });
  return findings;
}

/** Runs every rule that is not off; see insightsOf. */
export function runInsights(analysis: Analysis, settings: InsightSettings, metricData: MetricDataByPath = NO_DATA): Problem[] {
  const { model, doc, text } = analysis;
  if (!model || !doc) return [];
  const found: Problem[] = [];
  for (const rule of INSIGHT_RULES) {
    const level = settings.levels[rule.code] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    for (const finding of runRule(rule, analysis, settings, metricData)) {
      const range = finding.anchor === 'key'
        ? keyRangeOfPath(doc, finding.path) ?? anchorOfPath({ doc, text }, finding.path)
        : anchorOfPath({ doc, text }, finding.path);
      found.push({ ...range, severity: level, code: rule.code, message: finding.message, path: finding.path });
    }
  }
  const ignored = ignoredCodes(text);
  if (ignored.length === 0) return finishProblems(found, text);
  const lines = new LineLocator(text);
  const silenced = new Set(ignored.map((entry) => `${entry.line}\u0000${entry.code}`));
  const kept = found.filter((p) => !silenced.has(`${lines.at(p.offset).line}\u0000${p.code}`));
  return finishProblems([...kept, ...unknownIgnoredCodes(ignored, INSIGHT_CODES)], text);
}

function runRule(rule: InsightRule, analysis: Analysis, settings: InsightSettings, metricData: MetricDataByPath): RuleFinding[] {
  try {
    return rule.check(analysis.model!, { options: (settings.options[rule.code] ?? {}) as Record<string, unknown>, today: settings.today, metricData });
  } catch (error) {
    // A bug in one rule must not hide the others' findings; it shows as a finding at the top of the map.
    return [{ path: [], anchor: 'value', message: t('The insight rule "{0}" failed: {1}.', rule.code, error instanceof Error ? error.message : String(error)) }];
  }
}
