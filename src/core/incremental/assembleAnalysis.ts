/**
 * The Analysis of a text made from its pieces (see incrementalAnalyzer): the merged facts of the header and the
 * stage blocks, the schema problems, the cross-block checks, or, when the text has syntax errors or aliases no
 * anchor defines, only those problems, as analyze gives them. `doc` is made on first access only.
 */
import { Document } from 'yaml';
import type { z } from 'zod';
import { defaultMapId, emptyIndex, finishProblems, type AnalyzeOptions } from '../analyze';
import { syntaxProblems } from '../inputGuards';
import { walkHeader } from '../mapWalk';
import { parseMapDocument } from '../parseMap';
import { mapSchema, type CjmMap } from '../schema';
import { problemsOfIssues } from '../schemaIssues';
import type { Analysis, Problem } from '../types';
import { piecewiseFacts } from './mergeFacts';
import type { ReferenceCheckCache } from './referenceCheckCache';
import { placedBlockErrors, type StageBlock } from './stageBlock';
import { stitchDocument, stitchRoot, type Pieces } from './stitchedDocument';

/** The whole analysis of a text with aliases no anchor defines: those problems and the syntax warnings, as analyze gives. */
function unknownAnchorsAnalysis(text: string, pieces: Pieces, syntax: Problem[], options: AnalyzeOptions): Analysis | null {
  const anchors: Problem[] = [];
  pieces.blocks.forEach((block, i) => {
    for (const { problem } of block.unknownAnchors ?? []) anchors.push({ ...problem, offset: problem.offset + pieces.split.starts[i] });
  });
  if (anchors.length === 0) return null;
  const analysis = { text, model: null, problems: finishProblems([...syntax, ...anchors], text), index: emptyIndex(),
    mapId: defaultMapId(options.fileName) };
  return withLazyDocument(analysis, () => parseWhole(text));
}

/** The analysis of a text with syntax errors: those problems only, as analyze gives; the document from a full parse when read. */
export function brokenAnalysis(text: string, syntax: Problem[], options: AnalyzeOptions): Analysis {
  const broken = { text, model: null, problems: finishProblems(syntax, text), index: emptyIndex(), mapId: defaultMapId(options.fileName) };
  // The nodes yaml builds around a syntax error depend on what follows: readers get a full parse here.
  return withLazyDocument(broken, () => parseWhole(text));
}

/** The Analysis of `text` from its pieces: merged facts, schema problems, cross-block checks. */
export function assemble(text: string, pieces: Pieces, options: AnalyzeOptions & { referenceChecks: ReferenceCheckCache }, isCurrent: () => boolean): Analysis {
  const { split, blocks } = pieces;
  const root = stitchRoot(pieces);
  let stitched: Document.Parsed | undefined;
  const doc = () => (stitched ??= stitchDocument(text, pieces, root));
  // A later version moves the shared nodes: an analysis read after that gets a full parse instead.
  const lazyDoc = () => (stitched || isCurrent() ? doc() : parseWhole(text));
  const syntax = syntaxProblems(placedSyntax(pieces), text);
  if (syntax.some((p) => p.severity === 'error')) return brokenAnalysis(text, syntax, options);
  const unknownAnchors = unknownAnchorsAnalysis(text, pieces, syntax, options);
  if (unknownAnchors) return unknownAnchors;
  const facts = piecewiseFacts(walkHeader(HEADER_WALK_DOC, text, root), blocks, split);
  const data: Record<string, unknown> = { ...pieces.header.data, ...pieces.suffix?.data, stages: blocks.map((b) => b.data) };
  const { model, issues } = validate(data, blocks);
  const problems: Problem[] = issues.length > 0 ? problemsOfIssues(issues, { doc: doc(), text, data }) : [];
  problems.push(...syntax, ...facts.problems, ...options.referenceChecks.check(facts));
  // The map's `id:` is a top-level key: the header walk has it.
  const declaredMapId = facts.head.index.declarations.find((d) => d.kind === 'map');
  const analysis = { text, model, problems: finishProblems(problems, text),
    mapId: declaredMapId ? declaredMapId.id : defaultMapId(options.fileName) } as Omit<Analysis, 'doc' | 'index'>;
  // The id index (every id of the map at its offset) is placed when first read: the problems do not need it.
  return withLazyDocument(withLazy(analysis, 'index', facts.index), lazyDoc);
}

/** The map validated as zod would validate it whole: the top level here, each stage from its block. */
function validate(data: Record<string, unknown>, blocks: StageBlock[]): { model: CjmMap | null; issues: z.core.$ZodIssue[] } {
  const rootParsed = mapSchema.safeParse({ ...data, stages: [] });
  const issues: z.core.$ZodIssue[] = rootParsed.success ? [] : [...rootParsed.error.issues];
  blocks.forEach((block, i) => {
    for (const issue of block.issues) issues.push({ ...issue, path: ['stages', i, ...issue.path] });
  });
  const model = rootParsed.success && issues.length === 0 ? { ...rootParsed.data, stages: blocks.map((b) => b.model!) } : null;
  return { model, issues };
}

/** The blocks' syntax errors and warnings, placed in the whole text. */
function placedSyntax(pieces: Pieces): Document.Parsed {
  return placedBlockErrors(pieces.blocks, pieces.split, pieces.blocks.length) as unknown as Document.Parsed;
}

/** The header walk follows no aliases (blocks with aliases are never cut), so any document serves it. */
const HEADER_WALK_DOC = new Document() as unknown as Document.Parsed;

/** The analysis with a `doc` made by `make` the first time someone reads it. */
function withLazyDocument(analysis: Omit<Analysis, 'doc'>, make: () => Document.Parsed | null): Analysis {
  return withLazy(analysis, 'doc', make) as Analysis;
}

/** `object` with property `key` made by `make` the first time someone reads it (and writable, as a plain property). */
function withLazy<T extends object, K extends keyof Analysis>(object: T, key: K, make: () => Analysis[K]): T & Pick<Analysis, K> {
  let value: Analysis[K] | undefined;
  let made = false;
  return Object.defineProperty(object, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!made) {
        value = make();
        made = true;
      }
      return value;
    },
    set: (newValue: Analysis[K]) => {
      value = newValue;
      made = true;
    },
  }) as T & Pick<Analysis, K>;
}

function parseWhole(text: string): Document.Parsed | null {
  try {
    return parseMapDocument(text);
  } catch {
    return null;
  }
}
