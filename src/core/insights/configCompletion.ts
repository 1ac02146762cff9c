/**
 * Completion in `cjm.config.yaml`, from the rule registry: `rules`, rule codes, `severity` and each rule's
 * options, and severity levels, in block and flow style. Works on the text around the caret (a config being typed
 * is often not valid YAML yet).
 */
import { t } from '../l10n/translate';
import * as z from 'zod';
import { INSIGHT_RULES, ruleByCode } from './registry';
import { RULE_LEVELS } from './ruleTypes';

/** One suggestion. */
export interface ConfigCompletion {
  label: string;
  kind: 'key' | 'value';
  insertText: string;
  documentation: string;
}

/** What to suggest at `offset`, and the range of the word there that a suggestion replaces. */
export interface ConfigCompletions {
  items: ConfigCompletion[];
  replace: { offset: number; length: number };
}

/** What a severity level does, in the active language. */
function levelDoc(level: string): string {
  switch (level) {
    case 'off': return t('The rule does not run.');
    case 'hint': return t('Shown faintly in the editor (a hint).');
    case 'info': return t('Shown as information.');
    case 'warning': return t('Shown as a warning.');
    default: return t('Shown as an error; `cjm validate` then fails.');
  }
}

function levels(): ConfigCompletion[] {
  return RULE_LEVELS.map((level) => ({ label: level, kind: 'value', insertText: level, documentation: levelDoc(level) }));
}

function ruleKeys(code: string): ConfigCompletion[] {
  const rule = ruleByCode(code);
  if (!rule) return [];
  const options = Object.entries(rule.options?.shape ?? {}).map(([key, schema]) =>
    ({ label: key, kind: 'key' as const, insertText: `${key}: `, documentation: rule.optionHelp?.[key]?.() ?? (schema as z.ZodType).description ?? '' }));
  return [{ label: 'severity', kind: 'key', insertText: 'severity: ', documentation: t('off, hint, info, warning or error (default {0}).', rule.defaultSeverity) }, ...options];
}

/** The key of the nearest line above `lineStart` that is indented less than `indent`, or null at the top. */
function parentKey(text: string, lineStart: number, indent: number): string | null {
  const lines = text.slice(0, lineStart).split(/\r\n|\r|\n/).reverse();
  for (const line of lines) {
    const m = /^(\s*)([^\s#:][^:#]*?)\s*:/.exec(line);
    if (m && m[1].length < indent) return m[2];
  }
  return null;
}

/** Suggestions at `offset` of a config text. */
export function configCompletions(text: string, offset: number): ConfigCompletions {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const before = text.slice(lineStart, offset);
  const word = /[\w-]*$/.exec(before)![0];
  const replace = { offset: offset - word.length, length: word.length + (/^[\w-]*/.exec(text.slice(offset))![0].length) };
  return { items: suggestions(text, lineStart, before), replace };
}

function suggestions(text: string, lineStart: number, before: string): ConfigCompletion[] {
  const flow = /^\s*([\w-]+):\s*\{([^}]*)$/.exec(before);
  if (flow) {
    const segment = flow[2].split(',').pop()!;
    if (/^\s*severity:\s*[\w-]*$/.test(segment)) return levels();
    return segment.includes(':') ? [] : ruleKeys(flow[1]);
  }
  const value = /^(\s*)([\w-]+):\s+[\w-]*$/.exec(before);
  if (value) return value[2] === 'severity' || ruleByCode(value[2]) ? levels() : [];
  const key = /^(\s*)[\w-]*$/.exec(before);
  if (!key) return [];
  const parent = parentKey(text, lineStart, key[1].length);
  if (parent === null) return [{ label: 'rules', kind: 'key', insertText: 'rules:', documentation: t('Insight rules by code: a severity or { severity, ...options }.') }];
  if (parent === 'rules') {
    return INSIGHT_RULES.map((rule) => ({ label: rule.code, kind: 'key', insertText: `${rule.code}: `,
      documentation: `${rule.summary} ${t('Default: {0}.', rule.defaultSeverity)}` }));
  }
  return ruleKeys(parent);
}
