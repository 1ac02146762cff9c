/**
 * The symbols every map of the workspace declares — maps, stages, touchpoints, personas — and the personas of its
 * `*.personas.yaml` files, read from the workspace index (no scan of its own). Pure (no `vscode`), so the benchmark
 * and the unit tests use it as is.
 */
import { LineLocator, type LineCharacter } from '../core/lineLocator';
import type { PersonasFileAnalysis } from '../core/sharedPersonas/personasFile';
import type { MapSummary } from './mapSummary';
import type { ReferenceStore } from './referenceStore';

/** What a workspace symbol names. */
export type JourneySymbolKind = 'map' | 'stage' | 'touchpoint' | 'persona';

/** One symbol: its label, what it is, where it is declared and what holds it. */
export interface JourneySymbol {
  name: string;
  kind: JourneySymbolKind;
  /** The map's title (for a stage's touchpoint: "title › stage"; for a shared persona, its personas file's name); empty for a map. */
  container: string;
  file: string;
  start: LineCharacter;
  length: number;
}

/**
 * True when the characters of `query` appear, in order and ignoring case, in `candidate` (the relaxed match
 * VS Code asks of workspace symbol providers; it scores and highlights the results itself).
 */
export function matchesQuery(query: string, candidate: string): boolean {
  const q = query.toLocaleLowerCase();
  const c = candidate.toLocaleLowerCase();
  let at = 0;
  for (const ch of q) {
    if (/\s/u.test(ch)) continue;
    at = c.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/**
 * The symbols of every indexed map and personas file whose name or id matches `query`, at most `limit` of them;
 * `fileName` names a personas file (the container of its personas) from its key in the index.
 */
export function workspaceSymbols(store: ReferenceStore, query: string, fileName: (file: string) => string, limit = 5000): JourneySymbol[] {
  const found: JourneySymbol[] = [];
  const candidates = function* (): Generator<Candidate> {
    for (const [file, map] of store.mapFiles()) yield* symbolsOf(file, map);
    for (const { file, analysis } of store.personasFileList()) yield* sharedPersonaSymbols(file, fileName(file), analysis);
  };
  for (const symbol of candidates()) {
    if (found.length >= limit) return found;
    if (matchesQuery(query, symbol.name) || matchesQuery(query, symbol.id)) found.push(symbol.symbol);
  }
  return found;
}

interface Candidate { name: string; id: string; symbol: JourneySymbol }

function* symbolsOf(file: string, map: MapSummary): Generator<Candidate> {
  const title = map.title ?? map.mapId ?? '';
  if (map.mapId !== undefined) {
    yield { name: title, id: map.mapId, symbol: { name: title, kind: 'map', container: '', file, start: map.idStart, length: map.mapId.length } };
  }
  const stageOf = new Map<string, string>();
  for (const stage of map.stages) {
    for (const id of stage.touchpointIds) stageOf.set(id, stage.name);
    yield { name: stage.name, id: stage.id, symbol: { name: stage.name, kind: 'stage', container: title, file, start: stage.start, length: stage.length } };
  }
  for (const touchpoint of map.touchpoints) {
    const name = touchpoint.name;
    const stage = stageOf.get(touchpoint.id);
    const container = stage === undefined ? title : `${title} › ${stage}`;
    yield { name, id: touchpoint.id, symbol: { name, kind: 'touchpoint', container, file, start: touchpoint.start, length: touchpoint.length } };
  }
  for (const persona of map.personas) {
    yield { name: persona.name, id: persona.id, symbol: { name: persona.name, kind: 'persona', container: title, file, start: persona.start, length: persona.length } };
  }
}

/** The symbols of a personas file's analysis, computed once per analysis (a new text is a new analysis). */
const personasFileSymbols = new WeakMap<PersonasFileAnalysis, Candidate[]>();

/** The personas a personas file declares, named by their name (by their id where the file does not validate). */
function sharedPersonaSymbols(file: string, container: string, analysis: PersonasFileAnalysis): Candidate[] {
  let symbols = personasFileSymbols.get(analysis);
  if (!symbols) {
    const lines = new LineLocator(analysis.text);
    symbols = analysis.index.declarations.map((d) => {
      const name = analysis.model?.personas.find((p) => p.id === d.id)?.name ?? d.id;
      return { name, id: d.id, symbol: { name, kind: 'persona' as const, container, file, start: lines.at(d.offset), length: d.length } };
    });
    personasFileSymbols.set(analysis, symbols);
  }
  return symbols;
}

