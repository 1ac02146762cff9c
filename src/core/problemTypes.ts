/**
 * The shape of a problem found in a map and of a path into the map: the base every analysis, check and report
 * shares. Offsets and lengths are in UTF-16 code units of the analysed text.
 */

/** A path into the map, as in a zod issue and yaml's getIn: keys and list indexes. */
export type Path = (string | number)[];

/** How bad a problem is. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A problem found in a map, anchored to a range of its text. */
export interface Problem {
  /** Start of the offending range, in UTF-16 code units from the start of the text. */
  offset: number;
  /** Length of the offending range in UTF-16 code units (0 only for an empty text). */
  length: number;
  severity: Severity;
  /** A stable code, e.g. `unknown-channel`; listed in the README. */
  code: string;
  /** A message that names the offending value and what is allowed. */
  message: string;
  /** Path of the offending node, when there is one. */
  path?: Path;
  /** Best replacement for the offending value or key (did-you-mean), when there is one. */
  suggestion?: string;
  /** Other places that explain the problem, e.g. the first declaration of a duplicate id. */
  related?: RelatedPlace[];
}

/** A place in the same text that a problem points to. */
export interface RelatedPlace {
  offset: number;
  length: number;
  message: string;
}
