/**
 * Shared personas across files: the `{ use: <persona-id> }` items of a map, checked against and resolved from the
 * personas of the workspace's `*.personas.yaml` files. The caller hands in what it read (the workspace index in the
 * editor, the files of a folder on the command line); nothing here reads a file.
 */
import { closestMatch } from '../didYouMean';
import { t } from '../l10n/translate';
import { makeProblem, quote } from '../problems';
import type { CjmMap, MapPersona, Persona } from '../schema';
import type { Analysis, EditOp, IdOccurrence, Problem } from '../types';
import type { PersonasFileAnalysis } from './personasFile';

/** A persona of a personas file, with where its id is written. */
export interface SharedPersona {
  persona: Persona;
  /** The personas file, as the caller names it (a URI string in the editor, a path on the command line). */
  file: string;
  /** Range of the persona's id in that file. */
  offset: number;
  length: number;
}

/** What a map's checks and views need of the workspace's shared personas. */
export interface SharedPersonaCatalog {
  /** Every shared persona id. */
  personaIds(): Iterable<string>;
  /** The shared persona with this id (the first file's, when two files define it), or undefined. */
  personaById(id: string): SharedPersona | undefined;
}

/** One `{ use: id }` item of a map: the range of its id, and every place of the map that names that persona. */
export interface PersonaUse {
  id: string;
  /** Index of the item in the map's `personas:` list. */
  index: number;
  offset: number;
  length: number;
  /** The `use:` value and every reference to the persona in the map (touchpoint `personas:`, emotion keys), in text order. */
  occurrences: IdOccurrence[];
}

/** The catalog of some personas files, read by the caller; a file that does not match the schema gives what it declares validly. */
export function catalogOfPersonasFiles(files: readonly { file: string; analysis: PersonasFileAnalysis }[]): SharedPersonaCatalog {
  const byId = new Map<string, SharedPersona>();
  for (const { file, analysis } of files) {
    const personas = analysis.model?.personas ?? [];
    for (const declaration of analysis.index.declarations) {
      const persona = personas.find((p) => p.id === declaration.id);
      if (persona && !byId.has(persona.id)) byId.set(persona.id, { persona, file, offset: declaration.offset, length: declaration.length });
    }
  }
  return { personaIds: () => byId.keys(), personaById: (id) => byId.get(id) };
}

/** The `{ use: id }` items of an analysed map, in text order. */
export function personaUsesOf(analysis: Pick<Analysis, 'index'>): PersonaUse[] {
  const { declarations, references } = analysis.index;
  return declarations.filter((d) => d.kind === 'persona' && d.path[d.path.length - 1] === 'use' && d.path[0] === 'personas')
    .map((d) => ({
      id: d.id, index: Number(d.path[1]), offset: d.offset, length: d.length,
      occurrences: [d, ...references.filter((r) => r.kind === 'persona' && r.id === d.id)].sort((a, b) => a.offset - b.offset),
    }));
}

/** `unknown-shared-persona` for each `use:` id no personas file defines, at the id, with a did-you-mean. */
export function unknownSharedPersonaProblems(uses: readonly PersonaUse[], catalog: SharedPersonaCatalog): Problem[] {
  return uses.filter((use) => catalog.personaById(use.id) === undefined).map((use) => {
    const suggestion = closestMatch(use.id, catalog.personaIds());
    const unknown = t('Unknown shared persona {0}: no *.personas.yaml file of the workspace defines it.', quote(use.id));
    const message = suggestion === undefined ? unknown : `${unknown} ${t('Did you mean {0}?', quote(suggestion))}`;
    return makeProblem('unknown-shared-persona', use, message,
      { path: ['personas', use.index, 'use'], ...(suggestion !== undefined ? { suggestion } : {}) });
  });
}

/**
 * The map with each `{ use: id }` persona replaced by the shared persona it names (its id kept, `use` kept as the
 * mark of a shared persona); a persona no file defines stays as the analysis gives it (named by its id).
 * The same object when the map uses no shared persona.
 */
export function resolveSharedPersonas(map: CjmMap, catalog: SharedPersonaCatalog): CjmMap {
  if (!map.personas?.some((p) => p.use !== undefined)) return map;
  const personas = map.personas.map((p): MapPersona => {
    const shared = p.use === undefined ? undefined : catalog.personaById(p.use);
    return shared ? { ...shared.persona, id: p.id, use: p.use } : p;
  });
  return { ...map, personas };
}

/**
 * Why an edit of the map must not be made: it would write into a `{ use: id }` item (a shared persona's fields
 * belong to its personas file, not to the map). Moving or removing the whole item is allowed.
 */
export function sharedPersonaEditRefusal(map: CjmMap, op: EditOp): string | undefined {
  const paths = op.kind === 'move' ? [op.from, op.to] : [op.path];
  for (const path of paths) {
    const persona = path[0] === 'personas' && typeof path[1] === 'number' && path.length > 2 ? map.personas?.[path[1]] : undefined;
    if (persona?.use !== undefined) {
      return t('Persona {0} is shared: the map only names it with "use: {1}". Edit its fields in its *.personas.yaml file (Go to Definition on the id opens it).', quote(persona.use), persona.use);
    }
  }
  return undefined;
}
