/**
 * Text of a `*.personas.yaml` file → its analysis: the personas it shares with the workspace's maps, checked with
 * the same machinery as a map (input guards, the schema's exact-range problems, duplicate ids). Never throws.
 */
import { isMap, type Document } from 'yaml';
import { emptyIndex, finishProblems } from '../analyze';
import { aliasProblem, checkRawText, emptyFileProblem, syntaxProblems, tooDeepNode, unknownAnchorProblem, nestingMessage } from '../inputGuards';
import { t } from '../l10n/translate';
import { pushAll } from '../lists';
import { walkHeader } from '../mapWalk';
import { parseMapDocument } from '../parseMap';
import { AliasError, plainData } from '../plainData';
import { makeProblem } from '../problems';
import { rangeOfNode, resolveNode, unresolvedAliases } from '../ranges';
import { duplicateIds } from '../referenceChecks';
import { personasFileSchema, type PersonasFile } from '../schema';
import { problemsOfIssues } from '../schemaIssues';
import type { IdIndex, Problem } from '../types';

/** Files whose name ends so hold shared personas. */
export const PERSONAS_FILE_PATTERN = /\.personas\.ya?ml$/i;

/** Everything derived from one version of a personas file's text. */
export interface PersonasFileAnalysis {
  text: string;
  doc: Document.Parsed | null;
  /** The personas when the text matches the schema; otherwise null. */
  model: PersonasFile | null;
  problems: Problem[];
  /** The persona ids the file declares, with their ranges (kind `persona`, path `['personas', i, 'id']`). */
  index: IdIndex;
}

/** Analyses a personas file's text; never throws. */
export function analyzePersonasFile(text: string): PersonasFileAnalysis {
  const result: PersonasFileAnalysis = { text, doc: null, model: null, problems: [], index: emptyIndex() };
  try {
    fillAnalysis(result);
  } catch (error) {
    result.problems = [makeProblem('analysis-failed', { offset: 0, length: Math.min(1, text.length) },
      t('The personas file could not be analysed: {0}.', error instanceof Error ? error.message : String(error)))];
  }
  result.problems = finishProblems(result.problems, text);
  return result;
}

function fillAnalysis(result: PersonasFileAnalysis): void {
  const { text } = result;
  const raw = checkRawText(text);
  if (raw) return void result.problems.push(raw);
  const doc = (result.doc = parseMapDocument(text));
  pushAll(result.problems, syntaxProblems(doc, text));
  if (result.problems.some((p) => p.severity === 'error')) return;
  const aliases = unresolvedAliases(doc);
  if (aliases.length) return void pushAll(result.problems, aliases.map((alias) => unknownAnchorProblem(alias, text)));
  const root = resolveNode(doc, doc.contents);
  if (root === null) return void result.problems.push(emptyFileProblem(text));
  if (!isMap(root)) {
    const range = rangeOfNode(root) ?? { offset: 0, length: text.length };
    return void result.problems.push(makeProblem('not-a-map', range,
      t('The top level of a personas file must be a mapping with the key "personas", a list of personas.')));
  }
  const deep = tooDeepNode(root);
  if (deep) return void result.problems.push(makeProblem('nesting-too-deep', rangeOfNode(deep) ?? { offset: 0, length: 1 }, nestingMessage()));
  let data: unknown;
  try {
    data = plainData(doc);
  } catch (error) {
    if (!(error instanceof AliasError)) throw error;
    return void result.problems.push(aliasProblem(error, root));
  }
  const facts = walkHeader(doc, text, root);
  result.index = { declarations: facts.index.declarations.filter((d) => d.kind === 'persona'), references: [] };
  const parsed = personasFileSchema.safeParse(data);
  if (parsed.success) result.model = parsed.data;
  else pushAll(result.problems, problemsOfIssues(parsed.error.issues, { doc, text, data, root: 'personasFile' }));
  pushAll(result.problems, duplicateIds(result.index.declarations));
}
