/**
 * Checks over the id index: duplicate ids, references to undeclared ids, and declared ids nothing uses.
 */
import { SuggestionSet } from './didYouMean';
import { pushAll } from './lists';
import type { MapFacts } from './mapWalk';
import { t } from './l10n/translate';
import { didYouMeanText, kindName, listSome, makeProblem, quote } from './problems';
import type { IdKind, IdOccurrence, Problem } from './types';

/** The kinds a map refers to by id. */
type ReferenceKind = 'channel' | 'lane' | 'persona';

/** `Unknown channel "x".` and what is declared instead, in the active language. */
function unknownReferenceText(kind: ReferenceKind, id: string, declared: string[]): string {
  const listed = listSome(declared);
  switch (kind) {
    case 'channel':
      return `${t('Unknown channel {0}.', quote(id))} ${declared.length > 0 ? t('Declared channels: {0}.', listed) : t('No channels are declared; add one under "channels:".')}`;
    case 'lane':
      return `${t('Unknown lane {0}.', quote(id))} ${declared.length > 0 ? t('Declared lanes: {0}.', listed) : t('No lanes are declared; add one under "lanes:".')}`;
    case 'persona':
      return `${t('Unknown persona {0}.', quote(id))} ${declared.length > 0 ? t('Declared personas: {0}.', listed) : t('No personas are declared; add one under "personas:".')}`;
  }
}

/** Duplicate, unknown-reference and unused-declaration problems, in text order of the offending ranges. */
export function checkReferences(facts: MapFacts): Problem[] {
  const problems = duplicateIds(facts.index.declarations);
  pushAll(problems, unknownReferences(facts));
  pushAll(problems, unusedDeclarations(facts));
  for (const stage of facts.emptyStages) {
    const message = stage.id === null
      ? t('This stage has no touchpoints. Add at least one under "touchpoints:".')
      : t('Stage {0} has no touchpoints. Add at least one under "touchpoints:".', quote(stage.id));
    problems.push(makeProblem('empty-stage', stage.range, message, { path: stage.path }));
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
    problems.push(makeProblem('duplicate-id', decl, duplicateText(decl), { path: decl.path, suggestion: freeId(scope, decl.id),
      related: [{ offset: first.offset, length: first.length, message: t('The first {0} {1} is declared here.', kindName(decl.kind), quote(decl.id)) }] }));
  }
  return problems;
}

function duplicateText(decl: IdOccurrence): string {
  if (decl.kind !== 'metric') return t('Duplicate {0} id {1}: {0} ids must be unique in the map.', kindName(decl.kind), quote(decl.id));
  return decl.owner && decl.owner.length > 2
    ? t('Duplicate metric id {0}: metric ids must be unique within their touchpoint.', quote(decl.id))
    : t('Duplicate metric id {0}: metric ids must be unique within their stage.', quote(decl.id));
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
    const kind: ReferenceKind = ref.kind === 'channel' || ref.kind === 'lane' ? ref.kind : 'persona';
    problems.push(makeProblem(`unknown-${kind}`, ref,
      unknownReferenceText(kind, ref.id, declared.ids) + didYouMeanText(suggestion), { path: ref.path, suggestion }));
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
        t('Channel {0} is declared but no touchpoint uses it (set "channel: {1}" on one, or remove it).', quote(decl.id), decl.id),
        { path: decl.path }));
    } else if (!facts.touchpointForAllPersonas) {
      problems.push(makeProblem('unused-persona', decl,
        t('Persona {0} is declared but no touchpoint lists it under "personas:" or in an emotion.', quote(decl.id)),
        { path: decl.path }));
    }
  }
  return problems;
}
