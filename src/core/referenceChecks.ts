/**
 * Checks over the id index: duplicate ids, references to undeclared ids, and declared ids nothing uses.
 */
import { closestMatch } from './didYouMean';
import type { MapFacts } from './mapWalk';
import { didYouMeanText, makeProblem, quote } from './problems';
import type { IdKind, IdOccurrence, Problem } from './types';

const PLURAL: Record<IdKind, string> = {
  map: 'maps', stage: 'stages', touchpoint: 'touchpoints', persona: 'personas', channel: 'channels', lane: 'lanes', metric: 'metrics',
};

/** Duplicate, unknown-reference and unused-declaration problems, in text order of the offending ranges. */
export function checkReferences(facts: MapFacts): Problem[] {
  const problems = [...duplicateIds(facts.index.declarations), ...unknownReferences(facts), ...unusedDeclarations(facts)];
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

function duplicateIds(declarations: IdOccurrence[]): Problem[] {
  const seen = new Map<string, Map<string, IdOccurrence>>();
  const problems: Problem[] = [];
  for (const decl of declarations) {
    if (decl.kind === 'map') continue;
    const key = ownerKey(decl);
    let ids = seen.get(key);
    if (!ids) seen.set(key, (ids = new Map<string, IdOccurrence>()));
    const first = ids.get(decl.id);
    if (!first) {
      ids.set(decl.id, decl);
      continue;
    }
    let n = 2;
    while (ids.has(`${decl.id}-${n}`)) n++;
    const scope = decl.kind === 'metric'
      ? `metric ids must be unique within their ${decl.owner && decl.owner.length > 2 ? 'touchpoint' : 'stage'}`
      : `${decl.kind} ids must be unique in the map`;
    problems.push(makeProblem('duplicate-id', decl,
      `Duplicate ${decl.kind} id ${quote(decl.id)}: ${scope}.`, { path: decl.path, suggestion: `${decl.id}-${n}`,
        related: [{ offset: first.offset, length: first.length, message: `The first ${decl.kind} ${quote(decl.id)} is declared here.` }] }));
  }
  return problems;
}

function declaredIds(facts: MapFacts, kind: IdKind): string[] {
  const ids = new Set<string>();
  for (const decl of facts.index.declarations) if (decl.kind === kind) ids.add(decl.id);
  return [...ids];
}

function unknownReferences(facts: MapFacts): Problem[] {
  const declared = new Map<IdKind, string[]>();
  const known = new Map<IdKind, Set<string>>();
  const problems: Problem[] = [];
  for (const ref of facts.index.references) {
    if (!declared.has(ref.kind)) {
      declared.set(ref.kind, declaredIds(facts, ref.kind));
      known.set(ref.kind, new Set(declared.get(ref.kind)));
    }
    if (known.get(ref.kind)!.has(ref.id)) continue;
    const ids = declared.get(ref.kind)!;
    const suggestion = closestMatch(ref.id, ids);
    const allowed = ids.length > 0
      ? `Declared ${PLURAL[ref.kind]}: ${ids.join(', ')}.`
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
