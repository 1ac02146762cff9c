/**
 * What the map editor's diff mode draws, from the changes between the compared version and the current map: a mark
 * per changed stage, touchpoint and persona (with the lines of its tooltip), the removed touchpoints as ghosts at
 * their old place, removed stages and personas by name, the summary line, and the old emotions aligned with the
 * current stage columns (for the faded old curve). Pure: no DOM.
 */
import { changeDetail, describeChange, namesOf, summarizeChanges, type NameOf } from '../../src/core/diff/describe';
import { diffMaps } from '../../src/core/diff/diffMaps';
import { mergeOrder } from '../../src/core/diff/pairing';
import type { MapChange } from '../../src/core/diff/types';
import type { CjmMap, Persona, Stage, Touchpoint } from '../../src/core/schema';
import type { CompareBase } from '../../src/shared/protocol';

/** How an element on the map changed (an element may have several). */
export type MarkKind = 'added' | 'changed' | 'moved' | 'renamed';

/** The mark of one element: its kinds of change and a line per change, for its tooltip. */
export interface ElementMark {
  kinds: MarkKind[];
  details: string[];
  /** For a moved element: where it came from, e.g. `Buy` (its old stage's name) or `#3` (its old position). */
  movedFrom?: string;
}

/** A removed touchpoint, shown before the current touchpoint at index `before` of its stage (or at the end). */
export interface Ghost {
  before: number;
  touchpoint: Touchpoint;
}

/** Everything the diff mode draws. */
export interface DiffMarks {
  label: string;
  summary: string;
  /** One line per change, in the diff's order. */
  lines: string[];
  stages: Map<string, ElementMark>;
  touchpoints: Map<string, ElementMark>;
  personas: Map<string, ElementMark>;
  /** Current stage id → its removed touchpoints. */
  ghosts: Map<string, Ghost[]>;
  removedStages: Stage[];
  /** Removed personas, each shown before the current persona at index `before` (or at the end). */
  removedPersonas: { before: number; persona: Persona }[];
  /** The current map with each stage's old emotions and touchpoints (none for an added stage), for the old curve. */
  oldAligned: CjmMap;
}

function mark(marks: Map<string, ElementMark>, id: string, kind: MarkKind, detail: string): void {
  const found = marks.get(id);
  if (!found) marks.set(id, { kinds: [kind], details: [detail] });
  else {
    if (!found.kinds.includes(kind)) found.kinds.push(kind);
    found.details.push(detail);
  }
}

function markChange(c: MapChange, marks: DiffMarks, nameOf: NameOf): void {
  const kind = c.kind as MarkKind;
  if (c.type === 'metric') {
    const detail = `metric ${c.id}: ${changeDetail(c, nameOf)}`;
    if (c.touchpoint !== undefined) mark(marks.touchpoints, c.touchpoint, 'changed', detail);
    else if (c.stage !== undefined) mark(marks.stages, c.stage, 'changed', detail);
  } else if (c.type === 'touchpoint' && c.kind !== 'removed') mark(marks.touchpoints, c.id, kind, changeDetail(c, nameOf));
  else if (c.type === 'stage' && c.kind !== 'removed') mark(marks.stages, c.id, kind, changeDetail(c, nameOf));
  else if (c.type === 'persona' && c.kind !== 'removed') mark(marks.personas, c.id, kind, changeDetail(c, nameOf));
}

/** The old id of each current id that was renamed, for one type of element. */
function oldIds(changes: MapChange[], type: MapChange['type']): Map<string, string> {
  return new Map(changes.filter((c) => c.kind === 'renamed' && c.type === type).map((c) => [c.id, String(c.old)]));
}

function ghostsOf(changes: MapChange[], old: CjmMap, map: CjmMap): Map<string, Ghost[]> {
  const removed = new Set(changes.filter((c) => c.kind === 'removed' && c.type === 'touchpoint').map((c) => c.id));
  const oldStageIds = oldIds(changes, 'stage');
  const oldTouchpointIds = oldIds(changes, 'touchpoint');
  const ghosts = new Map<string, Ghost[]>();
  for (const stage of map.stages) {
    const oldStage = old.stages.find((s) => s.id === (oldStageIds.get(stage.id) ?? stage.id));
    if (!oldStage?.touchpoints?.some((tp) => removed.has(tp.id))) continue;
    const news = stage.touchpoints ?? [];
    const here = new Set(news.map((tp) => oldTouchpointIds.get(tp.id) ?? tp.id));
    const olds = oldStage.touchpoints.filter((tp) => removed.has(tp.id) || here.has(tp.id));
    const oldById = new Map(olds.map((tp) => [tp.id, tp]));
    const list: Ghost[] = [];
    let before = 0;
    for (const row of mergeOrder(olds, news, (tp) => oldById.get(oldTouchpointIds.get(tp.id) ?? tp.id))) {
      if (row.new) before++;
      else if (row.old) list.push({ before, touchpoint: row.old });
    }
    ghosts.set(stage.id, list);
  }
  return ghosts;
}

/** The old elements whose id is gone, each with the number of current elements before its old place. */
function removedInPlace<T extends { id: string }>(olds: T[], news: T[]): { before: number; persona: T }[] {
  const oldById = new Map(olds.map((e) => [e.id, e]));
  const out: { before: number; persona: T }[] = [];
  let before = 0;
  for (const row of mergeOrder(olds, news, (e) => oldById.get(e.id))) {
    if (row.new) before++;
    else if (row.old) out.push({ before, persona: row.old });
  }
  return out;
}

function alignOld(changes: MapChange[], old: CjmMap, map: CjmMap): CjmMap {
  const oldStageIds = oldIds(changes, 'stage');
  const stages = map.stages.map((stage): Stage => {
    const was = old.stages.find((s) => s.id === (oldStageIds.get(stage.id) ?? stage.id));
    return was ? { id: stage.id, name: was.name, emotion: was.emotion, touchpoints: was.touchpoints } : { id: stage.id, name: stage.name };
  });
  return { ...map, stages };
}

/** The marks of the changes from `base` to `map`. */
export function buildDiffMarks(base: CompareBase, map: CjmMap): DiffMarks {
  const changes = diffMaps(base.map, map);
  const nameOf = namesOf(base.map, map);
  const marks: DiffMarks = {
    label: base.label,
    summary: summarizeChanges(changes, nameOf),
    lines: changes.map((c) => describeChange(c, nameOf)),
    stages: new Map(), touchpoints: new Map(), personas: new Map(),
    ghosts: ghostsOf(changes, base.map, map),
    removedStages: base.map.stages.filter((s) => changes.some((c) => c.kind === 'removed' && c.type === 'stage' && c.id === s.id)),
    removedPersonas: removedInPlace(base.map.personas ?? [], map.personas ?? []),
    oldAligned: alignOld(changes, base.map, map),
  };
  for (const change of changes) markChange(change, marks, nameOf);
  for (const c of changes) {
    if (c.kind !== 'moved') continue;
    const found = (c.type === 'stage' ? marks.stages : marks.touchpoints).get(c.id);
    if (found) found.movedFrom = typeof c.old === 'number' ? `#${c.old}` : nameOf('stage', String(c.old)) ?? String(c.old);
  }
  return marks;
}
