/**
 * The shape of an insight rule. A rule is one file: a stable code, a default severity, a one-line summary (the
 * help text of SARIF and the README), its options (a zod object with defaults, which the `cjm.config.yaml`
 * schema picks up) and `check`, which reads the typed map and returns findings anchored on paths. The runner
 * turns paths into exact ranges, applies the configured severity and `# cjm-ignore` comments.
 */
import type * as z from 'zod';
import type { MetricDataByPath } from '../data/types';
import type { CjmMap } from '../schema';
import type { Path, Severity } from '../types';

/** A severity a rule can be configured to, `off` switching it off. */
export type RuleLevel = Severity | 'off';

/** Every level a rule accepts in `cjm.config.yaml`, from quiet to loud. */
export const RULE_LEVELS = ['off', 'hint', 'info', 'warning', 'error'] as const satisfies readonly RuleLevel[];

/** What a rule can read besides the map. Add fields here for rules that need more (e.g. metric data files). */
export interface InsightContext<Options> {
  /** The rule's options from `cjm.config.yaml`, defaults filled in. */
  options: Options;
  /** Today's date (UTC midnight), so date rules are testable and the same for every rule of a run. */
  today: Date;
  /** What was read for each sourced metric, by its path key (`stages.0.metrics.1`); empty when nothing was read. */
  metricData: MetricDataByPath;
}

/** One thing a rule found: where (a path and which part of the node) and what. */
export interface RuleFinding {
  /** Path of the node the finding is about. */
  path: Path;
  /** Flag the key of the last path segment, or the value (a scalar's content without quotes). */
  anchor: 'key' | 'value';
  message: string;
}

/** An insight rule. */
export interface InsightRule<Options extends z.ZodObject = z.ZodObject> {
  /** Stable code, e.g. `emotion-drop`; users match on it in config and `# cjm-ignore`. */
  code: string;
  /** Severity when `cjm.config.yaml` does not set one. */
  defaultSeverity: Severity;
  /** One sentence: what the rule finds and why it matters. */
  summary: string;
  /** Options with their defaults and documentation; omitted when the rule has none. */
  options?: Options;
  /** What each option means, in the active language (its schema's description holds the English text). */
  optionHelp?: Readonly<Record<string, () => string>>;
  /** The findings of this rule on a valid map. */
  check(map: CjmMap, context: InsightContext<z.output<Options>>): RuleFinding[];
}

/** Declares a rule with its option types inferred (an identity function for type checking). */
export function defineRule<Options extends z.ZodObject>(rule: InsightRule<Options>): InsightRule<Options> {
  return rule;
}
