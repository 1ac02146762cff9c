/**
 * The result of comparing two journey maps: a flat list of changes, each naming one element (by id) and, for a
 * changed field, the field and its old and new values. The same shape is printed by `cjm diff --format json`.
 */

/** What happened to an element. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'renamed';

/** The kinds of elements a map holds. */
export type ElementType = 'map' | 'persona' | 'channel' | 'lane' | 'stage' | 'touchpoint' | 'metric';

/** A value a change reports: a scalar, a list of texts, or a whole element (for added and removed). */
export type ChangeValue = string | number | boolean | null | string[] | Record<string, unknown>;

/** One difference between two maps. */
export interface MapChange {
  kind: ChangeKind;
  type: ElementType;
  /** The element's id (the new id for `renamed`; the map's `id` key, or '' when neither side has one, for the map). */
  id: string;
  /** For touchpoints, stage metrics and touchpoint metrics: the id of the stage the element is in (its old stage when removed). */
  stage?: string;
  /** For a touchpoint's metric: the id of that touchpoint. */
  touchpoint?: string;
  /** For `changed`: the key, e.g. `name`, `emotion`, `pains`, `backstage.owners`, `lanes.questions`. */
  field?: string;
  /** For a per-persona emotion: the persona whose emotion changed. */
  persona?: string;
  /**
   * The old side: for `changed` the old value (for a list field, the items removed); for `moved` the old stage id
   * (or 1-based position within the same stage); for `renamed` the old id; for `removed` the element; else null.
   */
  old: ChangeValue;
  /** The new side, as `old`: the new value, the added items, the new stage or position, the new id, or the added element. */
  new: ChangeValue;
}
