/**
 * The nodes of the "Journey Maps" view: maps → stages → touchpoints, each with the words shown beside it
 * (emotion face, problem and finding counts, code references). Pure (no `vscode`): built from the workspace
 * index's summaries, so the unit tests check the exact texts.
 */
import { averageEmotion, type FindingCounts, type MapSummary, type StageSummary, type TouchpointSummary } from '../codeLinks/mapSummary';
import { emotionText } from '../core/emotionText';
import { t, tPlural } from '../core/l10n/translate';

/** A node of the view. `offset` is where the element's id is declared in the map's text. */
export type JourneyNode =
  | { kind: 'map'; file: string; map: MapSummary }
  | { kind: 'stage'; file: string; map: MapSummary; stage: StageSummary }
  | { kind: 'touchpoint'; file: string; map: MapSummary; touchpoint: TouchpointSummary; codeReferences: number };

/** The words of a node: its label, the short text beside it and its tooltip. */
export interface NodeText {
  label: string;
  description: string;
  tooltip: string;
}

/** Maps sorted by title (then file), as the view's top level. */
export function mapNodes(maps: [string, MapSummary][]): JourneyNode[] {
  return maps
    .map(([file, map]): JourneyNode => ({ kind: 'map', file, map }))
    .sort((a, b) => titleOf(a.map).localeCompare(titleOf(b.map)) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The children of a node, in journey order; `codeReferences` gives a touchpoint's count of code references. */
export function childNodes(node: JourneyNode, codeReferences: (touchpointId: string) => number): JourneyNode[] {
  if (node.kind === 'map') return node.map.stages.map((stage) => ({ kind: 'stage', file: node.file, map: node.map, stage }));
  if (node.kind === 'stage') {
    const byId = new Map(node.map.touchpoints.map((t) => [t.id, t]));
    return node.stage.touchpointIds.flatMap((id) => {
      const touchpoint = byId.get(id);
      return touchpoint ? [{ kind: 'touchpoint' as const, file: node.file, map: node.map, touchpoint, codeReferences: codeReferences(id) }] : [];
    });
  }
  return [];
}

/** Where a node's element is declared (undefined for a map: the map opens at its start). */
export function nodeOffset(node: JourneyNode): number | undefined {
  return node.kind === 'stage' ? node.stage.offset : node.kind === 'touchpoint' ? node.touchpoint.offset : undefined;
}

/** The texts shown for a node. `fileLabel` is the map file's workspace-relative path. */
export function nodeText(node: JourneyNode, fileLabel: string): NodeText {
  if (node.kind === 'map') {
    const { errors, warnings } = node.map.problemCounts;
    const parts = [fileLabel, errorCount(errors), warningCount(warnings)];
    return { label: titleOf(node.map), description: join(parts), tooltip: join([`${titleOf(node.map)} (${fileLabel})`, stageCount(node.map.stages.length), touchpointCount(node.map.touchpoints.length)]) };
  }
  if (node.kind === 'stage') {
    const emotion = stageEmotion(node.map, node.stage);
    const parts = [emotion, touchpointCount(node.stage.touchpointIds.length), ...countParts(node.stage.counts)];
    return { label: node.stage.name, description: join(parts), tooltip: join([node.stage.name, `id ${node.stage.id}`, ...parts]) };
  }
  const { touchpoint } = node;
  const emotion = touchpoint.emotion === undefined ? '' : emotionText(Math.round(touchpoint.emotion));
  const parts = [emotion, ...countParts(touchpoint.counts), codeReferenceCount(node.codeReferences)];
  return { label: touchpoint.name, description: join(parts), tooltip: join([touchpoint.label, `id ${touchpoint.id}`, ...parts.slice(1)]) };
}

function titleOf(map: MapSummary): string {
  return map.title ?? map.mapId ?? t('(untitled map)');
}

/** The average of the stage's touchpoint emotions, as a face (rounded to a whole score). */
function stageEmotion(map: MapSummary, stage: StageSummary): string {
  const ids = new Set(stage.touchpointIds);
  const average = averageEmotion(map.touchpoints.filter((t) => ids.has(t.id)));
  if (average === undefined) return '';
  return `${Number.isInteger(average) ? '' : '≈'}${emotionText(Math.round(average))}`;
}

function countParts(counts: FindingCounts): string[] {
  return [problemCount(counts.problems), insightCount(counts.findings)];
}

// Each count is its own plural message (a translation declines each noun its own way); none is shown for 0.
const errorCount = (n: number): string => (n === 0 ? '' : tPlural(n, '{0} error', '{0} errors', n));
const warningCount = (n: number): string => (n === 0 ? '' : tPlural(n, '{0} warning', '{0} warnings', n));
const stageCount = (n: number): string => (n === 0 ? '' : tPlural(n, '{0} stage', '{0} stages', n));
const touchpointCount = (n: number): string => (n === 0 ? '' : tPlural(n, '{0} touchpoint', '{0} touchpoints', n));
const problemCount = (n: number): string => (n === 0 ? '' : tPlural(n, '{0} problem', '{0} problems', n));
const insightCount = (n: number): string => (n === 0 ? '' : tPlural(n, '{0} insight', '{0} insights', n));
const codeReferenceCount = (n: number): string => (n === 0 ? '' : tPlural(n, '{0} code reference', '{0} code references', n));

function join(parts: string[]): string {
  return parts.filter((p) => p !== '').join(' · ');
}
