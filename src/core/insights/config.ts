/**
 * `cjm.config.yaml`: each insight rule's severity and options, like an ESLint config. The schema is built from
 * the rule registry (a new rule's options appear here by themselves); parsing reports problems at exact ranges.
 *
 * ```yaml
 * rules:
 *   pain-without-opportunity: off
 *   conversion-drop: { severity: warning, min-conversion: 0.4 }
 * ```
 */
import { t } from '../l10n/translate';
import { isMap, YAMLMap } from 'yaml';
import * as z from 'zod';
import { closestMatch } from '../didYouMean';
import { CONFIG_FILE_NAME } from './configFileName';
import { aliasProblem, syntaxProblems } from '../inputGuards';
import { parseMapText } from '../parseMap';
import { AliasError, plainData } from '../plainData';
import { describeValue, didYouMeanText, makeProblem, quote } from '../problems';
import { keyRangeOfPath } from '../ranges';
import { anchorOfPath, valueAtPath } from '../schemaIssues';
import type { Path, Problem } from '../types';
import { INSIGHT_CODES, INSIGHT_RULES } from './registry';
import { RULE_LEVELS, type InsightRule } from './ruleTypes';

/** The file name of the insights config; the nearest one above a map applies to it. */
export { CONFIG_FILE_NAME };

const levelSchema = z.enum(RULE_LEVELS).describe('off, hint, info, warning or error.');

/** The options object of a rule's config entry: `severity` plus the rule's own options. */
function ruleObjectSchema(rule: InsightRule): z.ZodObject {
  const shape: Record<string, z.ZodType> = { severity: levelSchema.optional() };
  for (const [key, option] of Object.entries(rule.options?.shape ?? {})) shape[key] = (option as z.ZodType).optional();
  return z.strictObject(shape);
}

function ruleEntrySchema(rule: InsightRule): z.ZodType {
  return z.union([levelSchema, ruleObjectSchema(rule)]).describe(`${rule.summary} Default: ${rule.defaultSeverity}.`);
}

/** The zod schema of `cjm.config.yaml`. */
export const configSchema = z.strictObject({
  rules: z.strictObject(Object.fromEntries(INSIGHT_RULES.map((rule) => [rule.code, ruleEntrySchema(rule).optional()])))
    .describe('Insight rules by code: a severity (off, hint, info, warning, error) or { severity, ...options }.').optional(),
}).describe('Settings of the journey map insights, for every *.cjm.yaml below this folder.');

/** A rule's entry in the config: a level, or a level and options. */
export type RuleEntry = z.infer<typeof levelSchema> | ({ severity?: z.infer<typeof levelSchema> } & Record<string, unknown>);

/** A parsed `cjm.config.yaml`. */
export interface InsightConfig {
  rules?: Record<string, RuleEntry | undefined>;
}

/** The config a text holds (entries with problems left out) and the problems at exact ranges. */
export function parseInsightConfig(text: string): { config: InsightConfig; problems: Problem[] } {
  const doc = parseMapText(text, true);
  const problems = syntaxProblems(doc, text);
  if (problems.some((p) => p.severity === 'error')) return { config: {}, problems };
  let data: unknown;
  try {
    data = plainData(doc) ?? {};
  } catch (error) {
    if (!(error instanceof AliasError)) throw error;
    const root = isMap(doc.contents) ? doc.contents : new YAMLMap();
    return { config: {}, problems: [aliasProblem(error, root)] };
  }
  const ctx = { doc, text, data };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { config: {}, problems: [makeProblem('wrong-type', anchorOfPath(ctx, []), t('{0} must be a mapping with the key "rules"; got {1}.', quote(CONFIG_FILE_NAME), describeValue(data)))] };
  }
  const config: InsightConfig = {};
  for (const key of Object.keys(data)) if (key !== 'rules') problems.push(unknownKey(ctx, [key], ['rules']));
  const rules = (data as { rules?: unknown }).rules;
  if (rules === undefined || rules === null) return { config, problems };
  if (typeof rules !== 'object' || Array.isArray(rules)) {
    problems.push(makeProblem('wrong-type', anchorOfPath(ctx, ['rules']), t('"rules" must be a mapping of rule codes; got {0}.', describeValue(rules)), { path: ['rules'] }));
    return { config, problems };
  }
  config.rules = {};
  for (const [code, entry] of Object.entries(rules)) {
    const rule = INSIGHT_RULES.find((r) => r.code === code);
    if (!rule) {
      problems.push(unknownKey(ctx, ['rules', code], [...INSIGHT_CODES]));
      continue;
    }
    const entryProblems = ruleEntryProblems(ctx, rule, entry);
    problems.push(...entryProblems);
    if (entryProblems.length === 0) config.rules[code] = entry as RuleEntry;
  }
  return { config, problems };
}

type ConfigContext = Parameters<typeof anchorOfPath>[0] & { data: unknown };

function unknownKey(ctx: ConfigContext, path: Path, allowed: string[]): Problem {
  const key = String(path[path.length - 1]);
  const suggestion = closestMatch(key, allowed);
  const message = path.length === 2 && path[0] === 'rules'
    ? t('Unknown rule {0}. Allowed: {1}.', quote(key), allowed.join(', '))
    : t('Unknown key {0}. Allowed: {1}.', quote(key), allowed.join(', '));
  return makeProblem('unknown-key', keyRangeOfPath(ctx.doc, path) ?? anchorOfPath(ctx, path), message + didYouMeanText(suggestion), { path, suggestion });
}

function ruleEntryProblems(ctx: ConfigContext, rule: InsightRule, entry: unknown): Problem[] {
  const base: Path = ['rules', rule.code];
  if (typeof entry === 'string' || entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    return levelProblems(ctx, base, entry);
  }
  const schema = ruleObjectSchema(rule);
  const problems: Problem[] = [];
  for (const key of Object.keys(entry)) {
    const path = [...base, key];
    if (!(key in schema.shape)) problems.push(unknownKey(ctx, path, Object.keys(schema.shape)));
    else if (key === 'severity') problems.push(...levelProblems(ctx, path, (entry as Record<string, unknown>)[key]));
    else problems.push(...optionProblems(ctx, path, rule.options!.shape[key] as z.ZodType, rule.optionHelp?.[key]?.()));
  }
  return problems;
}

function levelProblems(ctx: ConfigContext, path: Path, value: unknown): Problem[] {
  if (typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value)) return [];
  const suggestion = typeof value === 'string'
    ? closestMatch(value, RULE_LEVELS) ?? RULE_LEVELS.find((level) => value !== '' && level.startsWith(value.toLowerCase()))
    : undefined;
  return [makeProblem('invalid-value', anchorOfPath(ctx, path),
    t('The severity of {0} cannot be {1}. Allowed: {2}, or a mapping { severity, ...options }.', quote(String(path[1])), describeValue(value), RULE_LEVELS.join(', ')) + didYouMeanText(suggestion),
    { path, suggestion })];
}

function optionProblems(ctx: ConfigContext, path: Path, schema: z.ZodType, help: string | undefined): Problem[] {
  const value = valueAtPath(ctx.data, path);
  const result = schema.safeParse(value);
  if (result.success) return [];
  const rule = String(path[1]);
  return [makeProblem('invalid-value', anchorOfPath(ctx, path),
    t('Option {0} of {1} cannot be {2}: {3}', quote(String(path[2])), quote(rule), describeValue(value), help ?? schema.description ?? result.error.issues[0]?.message ?? ''), { path })];
}

/** Folders to look for a config in, nearest first: the map's folder and each one above it. */
export function configFolders(mapPath: string): string[] {
  const folders: string[] = [];
  let path = mapPath;
  for (let cut = lastSeparator(path); cut >= 0; cut = lastSeparator(path)) {
    path = path.slice(0, cut);
    folders.push(path === '' ? mapPath[0] : path);
    if (path === '' || /^[A-Za-z]:$/.test(path)) break;
  }
  return folders;
}

function lastSeparator(path: string): number {
  return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
}
