/**
 * Checks over the id index: duplicate ids, references to undeclared ids, and declared ids nothing uses.
 */
import { SuggestionSet } from './didYouMean';
import { pushAll } from './lists';
import type { MapFacts } from './mapWalk';
import { didYouMeanText, listSome, makeProblem, quote } from './problems';
import type { IdKind, IdOccurrence, Problem } from './types';

const PLURAL: Record<IdKind, string> = {
  map: 'maps', stage: 'stages', touchpoint: 'touchpoints', persona: 'personas', channel: 'channels', lane: 'lanes', metric: 'metrics',
};

/** Duplicate, unknown-reference and unused-declaration problems, in text order of the offending ranges. */
export function checkReferences(facts: MapFacts): Problem[] {
  const problems = duplicateIds(facts.index.declarations);
  pushAll(problems, unknownReferences(facts));
  pushAll(problems, unusedDeclarations(facts));
  for (const stage of facts.emptyStages) {
    const name = stage.id === null ? 'This stage' : `Stage ${quote(stage.id)}`;
    problems.push(makeProblem('empty-stage', stage.range,
      `${name} has no touchpoints. Add at least one under "touchpoints:".`, { path: stage.path }));
  }
  return problems;
}

function ownerKey(occurrence: IdOccurrence): string {
  return occurrence.kind === 'metric' ? `metric\u0000${(occurrence.owner ?? []).join('\u0000')}` : occurrence.kind;
}

/** `duplicate-id` for each declaration whose id an earlier one of its kind (and owner, for metrics) already has. */
export function duplicateIds(declarations: IdOccurrence[]): Problem[] {
  const scopes = new Map<string, DuplicateScope>();
  for (const decl of declarations) {
    if (decl.kind === 'map') continue;
    const key = ownerKey(decl);
    let scope = scopes.get(key);
    if (!scope) scopes.set(key, (scope = { first: new Map(), taken: new Set(), nextNumber: new Map() }));
    if (!scope.first.has(decl.id)) scope.first.set(decl.id, decl);
    scope.taken.add(decl.id);
  }
  const problems: Problem[] = [];
  for (const decl of declarations) {
    const scope = decl.kind === 'map' ? undefined : scopes.get(ownerKey(decl));
    const first = scope?.first.get(decl.id);
    if (!scope || !first || first === decl) continue;
    const what = decl.kind === 'metric'
      ? `metric ids must be unique within their ${decl.owner && decl.owner.length > 2 ? 'touchpoint' : 'stage'}`
      : `${decl.kind} ids must be unique in the map`;
    problems.push(makeProblem('duplicate-id', decl,
      `Duplicate ${decl.kind} id ${quote(decl.id)}: ${what}.`, { path: decl.path, suggestion: freeId(scope, decl.id),
        related: [{ offset: first.offset, length: first.length, message: `The first ${decl.kind} ${quote(decl.id)} is declared here.` }] }));
  }
  return problems;
}

/** The ids of one scope (the map, or a metric owner): first declarations, ids taken, the next number to try per id. */
interface DuplicateScope {
  first: Map<string, IdOccurrence>;
  taken: Set<string>;
  nextNumber: Map<string, number>;
}

/** `id-2`, `id-3`…: the first not declared and not yet suggested in the scope, so that each duplicate gets its own. */
function freeId(scope: DuplicateScope, id: string): string {
  let n = scope.nextNumber.get(id) ?? 2;
  while (scope.taken.has(`${id}-${n}`)) n++;
  scope.nextNumber.set(id, n + 1);
  scope.taken.add(`${id}-${n}`);
  return `${id}-${n}`;
}

function declaredIds(facts: MapFacts, kind: IdKind): string[] {
  const ids = new Set<string>();
  for (const decl of facts.index.declarations) if (decl.kind === kind) ids.add(decl.id);
  return [...ids];
}

/** What one kind of reference is checked against: its declared ids, as a list, a set and (once needed) a did-you-mean source. */
interface DeclaredKind {
  ids: string[];
  known: Set<string>;
  suggestions?: SuggestionSet;
}

function unknownReferences(facts: MapFacts): Problem[] {
  const kinds = new Map<IdKind, DeclaredKind>();
  const problems: Problem[] = [];
  // In text order, so that however the references were gathered, the same ones get did-you-means within the budget.
  const references = [...facts.index.references].sort((a, b) => a.offset - b.offset);
  for (const ref of references) {
    let declared = kinds.get(ref.kind);
    if (!declared) {
      const ids = declaredIds(facts, ref.kind);
      kinds.set(ref.kind, (declared = { ids, known: new Set(ids) }));
    }
    if (declared.known.has(ref.id)) continue;
    declared.suggestions ??= new SuggestionSet(declared.ids);
    const suggestion = declared.suggestions.closest(ref.id);
    const allowed = declared.ids.length > 0
      ? `Declared ${PLURAL[ref.kind]}: ${listSome(declared.ids)}.`
      : `No ${PLURAL[ref.kind]} are declared; add one under "${PLURAL[ref.kind]}:".`;
    const code = ref.kind === 'channel' ? 'unknown-channel' : ref.kind === 'lane' ? 'unknown-lane' : 'unknown-persona';
    problems.push(makeProblem(code, ref,
      `Unknown ${ref.kind} ${quote(ref.id)}. ${allowed}${didYouMeanText(suggestion)}`, { path: ref.path, suggestion }));
  }
  return problems;
}

function unusedDeclarations(facts: MapFacts): Problem[] {
  const used = new Map<IdKind, Set<string>>();
  for (const ref of facts.index.references) {
    let ids = used.get(ref.kind);
    if (!ids) used.set(ref.kind, (ids = new Set()));
    ids.add(ref.id);
  }
  const problems: Problem[] = [];
  for (const decl of facts.index.declarations) {
    if (decl.kind !== 'channel' && decl.kind !== 'persona') continue;
    if (used.get(decl.kind)?.has(decl.id)) continue;
    if (decl.kind === 'channel') {
      problems.push(makeProblem('unused-channel', decl,
        `Channel ${quote(decl.id)} is declared but no touchpoint uses it (set "channel: ${decl.id}" on one, or remove it).`,
        { path: decl.path }));
    } else if (!facts.touchpointForAllPersonas) {
      problems.push(makeProblem('unused-persona', decl,
        `Persona ${quote(decl.id)} is declared but no touchpoint lists it under "personas:" or in an emotion.`,
        { path: decl.path }));
    }
  }
  return problems;
}
