/**
 * Text → Analysis: parse once with source ranges, check input guards, the schema, references and ids.
 * Never throws: whatever the text, the result is an Analysis whose problems explain what is wrong.
 */
import { isMap, isSeq, type Document, type Node } from 'yaml';
import { parseMapDocument } from './parseMap';
import {
  aliasProblem, checkRawText, emptyFileProblem, nestingMessage, syntaxProblems, tooDeepNode, unknownAnchorProblem,
} from './inputGuards';
import { AliasError, plainData } from './plainData';
import { walkMap } from './mapWalk';
import { formatLocalNumber, t, tPlural } from './l10n/translate';
import { describeValue, makeProblem } from './problems';
import { rangeOfNode, resolveNode, unresolvedAliases } from './ranges';
import { checkReferences } from './referenceChecks';
import { pushAll } from './lists';
import { mapSchema, type CjmMap } from './schema';
import { problemsOfIssues } from './schemaIssues';
import type { Analysis, IdIndex, Problem } from './types';

/** Options of an analysis. */
export interface AnalyzeOptions {
  /** File name (for the default map id: the name without `.cjm.yaml`). */
  fileName?: string;
}

/** Analyses one version of a map's text; never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const source = typeof text === 'string' ? text : String(text ?? '');
  let result: Analysis;
  try {
    result = analyzeUnsafe(source, options);
  } catch (error) {
    // A safety net: every known bad input has its own problem; this keeps an unforeseen one from crashing the host.
    const problem = makeProblem('analysis-failed', { offset: 0, length: Math.min(1, source.length) },
      t('The map could not be analysed: {0}.', error instanceof Error ? error.message : String(error)));
    result = { text: source, doc: null, model: null, problems: [problem], index: emptyIndex(), mapId: defaultMapId(options.fileName) };
  }
  result.problems = finishProblems(result.problems, result.text);
  return result;
}

/**
 * Problems clamped into the text and in one total order (offset, then length, code, message, path), so that
 * any two analyses that find the same problems list them identically, whatever order they found them in.
 */
export function finishProblems(problems: Problem[], text: string): Problem[] {
  return capProblems(problems.map((p) => clampProblem(p, text)).sort(compareProblems));
}

/** How many problems one file reports; past this, one `too-many-problems` problem counts the rest. */
export const MAX_PROBLEMS = 1000;

const SEVERITY_RANK: Record<Problem['severity'], number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** How many problems each `too-many-problems` problem made here stands for (finishing a list twice keeps the count). */
const LEFT_OUT = new WeakMap<Problem, number>();

/**
 * Keeps at most MAX_PROBLEMS of sorted problems, errors first (so a file with errors still fails), in text order,
 * then one problem that says how many more there are, at the first one left out. A list that already holds such a
 * problem (finished again with more problems added, e.g. a map's data problems or insights) counts its rest too.
 */
function capProblems(sorted: Problem[]): Problem[] {
  const earlier = sorted.filter((p) => LEFT_OUT.has(p));
  const own = earlier.length ? sorted.filter((p) => !LEFT_OUT.has(p)) : sorted;
  if (own.length <= MAX_PROBLEMS) return sorted;
  const carried = earlier.reduce((n, p) => n + (LEFT_OUT.get(p) ?? 0), 0);
  const bySeverity = own.map((problem, order) => ({ problem, order }))
    .sort((a, b) => SEVERITY_RANK[a.problem.severity] - SEVERITY_RANK[b.problem.severity] || a.order - b.order);
  const kept = bySeverity.slice(0, MAX_PROBLEMS).sort((a, b) => a.order - b.order).map((k) => k.problem);
  const firstLeftOut = bySeverity.slice(MAX_PROBLEMS).reduce((first, k) => (k.order < first.order ? k : first)).problem;
  const count = own.length - MAX_PROBLEMS + carried;
  const cap = makeProblem('too-many-problems', firstLeftOut,
    tPlural(count, '… and {0} more problem: a file lists at most {1}. Fix these to see the rest.', '… and {0} more problems: a file lists at most {1}. Fix these to see the rest.',
      formatLocalNumber(count), formatLocalNumber(MAX_PROBLEMS)));
  LEFT_OUT.set(cap, count);
  kept.push(cap);
  return kept;
}

function compareProblems(a: Problem, b: Problem): number {
  return a.offset - b.offset || a.length - b.length || compareText(a.code, b.code) || compareText(a.message, b.message)
    || compareText(JSON.stringify(a.path ?? null), JSON.stringify(b.path ?? null))
    || compareText(a.suggestion ?? '', b.suggestion ?? '');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An index with nothing in it. */
export function emptyIndex(): IdIndex {
  return { declarations: [], references: [] };
}

function analyzeUnsafe(text: string, options: AnalyzeOptions): Analysis {
  const base = { text, mapId: defaultMapId(options.fileName) };
  const rawProblem = checkRawText(text);
  if (rawProblem) return { ...base, doc: null, model: null, problems: [rawProblem], index: emptyIndex() };
  let doc: Document.Parsed;
  try {
    doc = parseMapDocument(text);
  } catch (error) {
    const problem = makeProblem('yaml-syntax', { offset: 0, length: Math.min(1, text.length) }, t('The YAML cannot be parsed: {0}.', String(error)));
    return { ...base, doc: null, model: null, problems: [problem], index: emptyIndex() };
  }
  const problems = syntaxProblems(doc, text);
  if (problems.some((p) => p.severity === 'error')) return { ...base, doc, model: null, problems, index: emptyIndex() };
  return analyzeDocument(doc, text, problems, base.mapId);
}

function analyzeDocument(doc: Document.Parsed, text: string, problems: Problem[], fallbackId: string | undefined): Analysis {
  const root = resolveNode(doc, doc.contents);
  const result = { text, doc, model: null as CjmMap | null, problems, index: emptyIndex(), mapId: fallbackId };
  const structural = structureProblems(doc, root, text);
  if (structural.length > 0 || !isMap(root)) {
    pushAll(problems, structural);
    return result;
  }
  let data: unknown;
  try {
    data = plainData(doc);
  } catch (error) {
    if (!(error instanceof AliasError)) throw error;
    problems.push(aliasProblem(error, root));
    return result;
  }
  const facts = walkMap(doc, text, root);
  result.index = facts.index;
  const parsed = mapSchema.safeParse(data);
  if (parsed.success) result.model = parsed.data;
  else pushAll(problems, problemsOfIssues(parsed.error.issues, { doc, text, data }));
  pushAll(problems, facts.problems);
  pushAll(problems, checkReferences(facts));
  sortIndex(result.index);
  const declaredMapId = result.index.declarations.find((d) => d.kind === 'map');
  if (declaredMapId) result.mapId = declaredMapId.id;
  return result;
}

/** What stops the analysis before conversion: aliases without anchors, no value, not a mapping, nesting too deep. */
function structureProblems(doc: Document.Parsed, root: Node | null, text: string): Problem[] {
  const badAliases = unresolvedAliases(doc);
  if (badAliases.length > 0) return badAliases.map((alias) => unknownAnchorProblem(alias, text));
  if (root === null || (doc.contents && 'value' in doc.contents && doc.contents.value === null)) return [emptyFileProblem(text)];
  if (!isMap(root)) {
    const what = isSeq(root) ? t('a list') : describeValue((root as { value?: unknown }).value);
    const range = rangeOfNode(root) ?? { offset: 0, length: text.length };
    return [makeProblem('not-a-map', range,
      t('The top level of a journey map must be a mapping with the keys cjm, title and stages; this file holds {0}.', what))];
  }
  const deep = tooDeepNode(root);
  if (!deep) return [];
  const start = rangeOfNode(deep)?.offset ?? 0;
  const lineEnd = text.slice(start, start + 200).search(/[\r\n]/);
  return [makeProblem('nesting-too-deep', { offset: start, length: lineEnd > 0 ? lineEnd : 1 }, nestingMessage())];
}

function sortIndex(index: IdIndex): void {
  index.declarations.sort((a, b) => a.offset - b.offset);
  index.references.sort((a, b) => a.offset - b.offset);
}

/** The map id a file name gives: the name without its folder and `.cjm.yaml`. */
export function defaultMapId(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return base.replace(/\.cjm\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || undefined;
}

/** Keeps every range inside the text and non-empty (unless the text is empty). */
function clampProblem(problem: Problem, text: string): Problem {
  let offset = Math.min(Math.max(0, problem.offset), text.length);
  let length = Math.min(Math.max(0, problem.length), text.length - offset);
  if (length === 0 && text.length > 0) {
    if (offset === text.length) offset--;
    length = 1;
  }
  return offset === problem.offset && length === problem.length ? problem : { ...problem, offset, length };
}
