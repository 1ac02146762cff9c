/**
 * Quick fixes for insight findings, as edit ops on the map (the host turns them into minimal text edits with
 * computeEdit, so comments and formatting stay): an opportunity stub under the right key, an owner, today's
 * `reviewed:` date.
 */
import { t } from '../l10n/translate';
import type { EditOp } from '../types';
import { quote } from '../problems';
import type { CjmMap } from '../schema';
import type { Path, Problem } from '../types';
import { isoDate } from './reviewDue';

/** A fix: a title for the light bulb and the edit that makes it. */
export interface InsightFix {
  title: string;
  op: EditOp;
}

/** The text of a new opportunity, to be replaced by the user's idea. */
export const OPPORTUNITY_STUB = 'TODO: an idea to improve this';
/** The text of a new owner, to be replaced by a team's name. */
export const OWNER_STUB = 'TODO: owning team';

/** The fixes for one finding of a valid map. */
export function insightFixes(problem: Problem, map: CjmMap, today: Date): InsightFix[] {
  const path = problem.path ?? [];
  switch (problem.code) {
    case 'pain-without-opportunity':
    case 'negative-moment-of-truth':
      return [addOpportunity(path.slice(0, -1), map)];
    case 'unowned-stage':
      return addOwner(path.slice(0, 2), map);
    case 'review-due':
      return [{ title: t('Set "reviewed: {0}"', isoDate(today)), op: { kind: 'set', path: ['reviewed'], value: isoDate(today) } }];
    default:
      return [];
  }
}

function addOpportunity(owner: Path, map: CjmMap): InsightFix {
  const [, stageIndex, , touchpointIndex] = owner as [string, number, string?, number?];
  const stage = map.stages[stageIndex];
  const title = touchpointIndex === undefined
    ? t('Add an opportunity to stage {0}', quote(stage.name))
    : t('Add an opportunity to touchpoint {0}', quote(stage.touchpoints![touchpointIndex].name));
  return { title, op: { kind: 'insert', path: [...owner, 'opportunities'], index: 0, value: OPPORTUNITY_STUB } };
}

function addOwner(stagePath: Path, map: CjmMap): InsightFix[] {
  const stage = map.stages[stagePath[1] as number];
  const first = stage.touchpoints?.[0];
  if (first) {
    return [{ title: t('Add an owner to touchpoint {0}', quote(first.name)), op: { kind: 'set', path: [...stagePath, 'touchpoints', 0, 'owner'], value: OWNER_STUB } }];
  }
  if (stage.backstage) {
    return [{ title: t('Add an owner to the backstage of stage {0}', quote(stage.name)), op: { kind: 'insert', path: [...stagePath, 'backstage', 'owners'], index: 0, value: OWNER_STUB } }];
  }
  return [];
}
