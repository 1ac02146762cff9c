/**
 * Insight findings arranged for the map editor: the element each is about (a touchpoint card or a stage), and
 * groups by stage for the Insights panel. Pure: no DOM.
 */
import { t } from '../../src/core/l10n/translate';
import type { CjmMap } from '../../src/core/schema';
import type { Path, Problem, Severity } from '../../src/core/types';
import { pathKey } from '../../src/shared/viewModel';

/** The card or stage a finding is about: its touchpoint, else its stage; [] for the map as a whole. */
export function elementPathOf(finding: Problem): Path {
  const path = finding.path ?? [];
  if (path[0] !== 'stages' || typeof path[1] !== 'number') return [];
  return path[2] === 'touchpoints' && typeof path[3] === 'number' ? path.slice(0, 4) : path.slice(0, 2);
}

/** Findings by the path key of their card or stage (see elementPathOf). */
export function insightsByElement(findings: readonly Problem[]): Map<string, Problem[]> {
  const byElement = new Map<string, Problem[]>();
  for (const finding of findings) {
    const key = pathKey(elementPathOf(finding));
    byElement.set(key, [...(byElement.get(key) ?? []), finding]);
  }
  return byElement;
}

/** One group of the Insights panel. */
export interface InsightGroup {
  /** "Map" for findings about the whole map, else the stage's name. */
  title: string;
  stageIndex: number | null;
  findings: Problem[];
}

/** Findings grouped by stage, in map order; findings about the whole map first. */
export function groupByStage(findings: readonly Problem[], map: CjmMap): InsightGroup[] {
  const groups = new Map<number | null, Problem[]>();
  for (const finding of findings) {
    const element = elementPathOf(finding);
    const stageIndex = element.length > 0 && typeof element[1] === 'number' && element[1] < map.stages.length ? element[1] : null;
    groups.set(stageIndex, [...(groups.get(stageIndex) ?? []), finding]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? -1) - (b ?? -1))
    .map(([stageIndex, list]) => ({ title: stageIndex === null ? t('Map') : map.stages[stageIndex].name, stageIndex, findings: list }));
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];

/** The most severe of some findings' severities. */
export function worstSeverity(findings: readonly Problem[]): Severity {
  return SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'hint';
}

/** A severity in words, in the active language: "error", "warning", "info", "hint". */
export function severityWord(severity: Severity): string {
  switch (severity) {
    case 'error': return t('error');
    case 'warning': return t('warning');
    case 'info': return t('info');
    default: return t('hint');
  }
}

/** The codicon of a severity. */
export function severityIcon(severity: Severity): string {
  return severity === 'hint' ? 'lightbulb' : severity;
}
