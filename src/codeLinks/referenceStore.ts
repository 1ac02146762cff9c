/**
 * The workspace index's data: maps by file and by id, code references by file, and the reverse lookup
 * touchpoint → references. Pure (no `vscode`): files are keys (URI strings in the extension, paths in the
 * benchmark); updating one file touches only its own entries.
 */
import type { CodeReference, MapCatalog } from '../core/codeReferences';
import type { JourneyCatalog } from '../core/journeyLinks';
import type { PersonasFileAnalysis } from '../core/sharedPersonas/personasFile';
import { catalogOfPersonasFiles, type SharedPersona, type SharedPersonaCatalog } from '../core/sharedPersonas/sharedPersonas';
import type { JourneyLinkSummary, MapSummary, TouchpointSummary } from './mapSummary';

/** A code reference with the file it is in. */
export interface LocatedReference {
  file: string;
  reference: CodeReference;
}

/** A touchpoint with the map file that declares it. */
export interface LocatedTouchpoint {
  file: string;
  map: MapSummary;
  touchpoint: TouchpointSummary;
}

/** A `journey:` link with the map file that holds it. */
export interface LocatedJourneyLink {
  file: string;
  map: MapSummary;
  link: JourneyLinkSummary;
}

/** Maps and code references of a workspace. */
export class ReferenceStore implements MapCatalog, JourneyCatalog, SharedPersonaCatalog {
  private readonly maps = new Map<string, MapSummary>();
  private readonly sources = new Map<string, CodeReference[]>();
  private readonly personasFiles = new Map<string, PersonasFileAnalysis>();
  private personaCatalog: SharedPersonaCatalog | undefined;

  /** Sets (or replaces) the analysis of the personas file `file`; true when its text changed. */
  setPersonasFile(file: string, analysis: PersonasFileAnalysis): boolean {
    const changed = this.personasFiles.get(file)?.text !== analysis.text;
    this.personasFiles.set(file, analysis);
    if (changed) this.personaCatalog = undefined;
    return changed;
  }

  /** Every known personas file, with its analysis. */
  personasFileList(): { file: string; analysis: PersonasFileAnalysis }[] {
    return [...this.personasFiles].map(([file, analysis]) => ({ file, analysis }));
  }

  /** Every shared persona id. */
  personaIds(): Iterable<string> {
    return this.sharedPersonas().personaIds();
  }

  /** The shared persona with this id (the first file's, by file name, when two define it). */
  personaById(id: string): SharedPersona | undefined {
    return this.sharedPersonas().personaById(id);
  }

  /** The map files that use the shared persona `id`. */
  mapsUsingPersona(id: string): string[] {
    return [...this.maps].filter(([, map]) => map.sharedPersonas.includes(id)).map(([file]) => file);
  }

  private sharedPersonas(): SharedPersonaCatalog {
    this.personaCatalog ??= catalogOfPersonasFiles(this.personasFileList().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
    return this.personaCatalog;
  }

  /** Sets (or replaces) the summary of the map in `file`; true when it differs from what was known. */
  setMap(file: string, summary: MapSummary): boolean {
    const changed = JSON.stringify(this.maps.get(file)) !== JSON.stringify(summary);
    this.maps.set(file, summary);
    return changed;
  }

  /** Sets (or replaces) the references found in `file` (a file without any is not kept); true when they changed. */
  setSource(file: string, references: CodeReference[]): boolean {
    const changed = JSON.stringify(this.sources.get(file) ?? []) !== JSON.stringify(references);
    if (references.length) this.sources.set(file, references);
    else this.sources.delete(file);
    return changed;
  }

  /** Forgets a file, map or source; true when something was known of it. */
  remove(file: string): boolean {
    const hadMap = this.maps.delete(file);
    const hadPersonas = this.personasFiles.delete(file);
    if (hadPersonas) this.personaCatalog = undefined;
    return this.sources.delete(file) || hadMap || hadPersonas;
  }

  /** Forgets every file under a folder (a folder was deleted); true when something was known there. */
  removeUnder(folder: string): boolean {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    let removed = false;
    for (const file of [...this.maps.keys(), ...this.sources.keys(), ...this.personasFiles.keys()]) if (file.startsWith(prefix)) removed = this.remove(file) || removed;
    return removed;
  }

  /** Forgets every source file's references (the marker changed). */
  clearSources(): void {
    this.sources.clear();
  }

  /** Every known map file, with its summary. */
  mapFiles(): [string, MapSummary][] {
    return [...this.maps];
  }

  /** How many map and source files hold something. */
  get size(): { maps: number; sourcesWithReferences: number; references: number } {
    let references = 0;
    for (const list of this.sources.values()) references += list.length;
    return { maps: this.maps.size, sourcesWithReferences: this.sources.size, references };
  }

  /** The distinct ids of all maps. */
  mapIds(): string[] {
    const ids = new Set<string>();
    for (const summary of this.maps.values()) if (summary.mapId !== undefined) ids.add(summary.mapId);
    return [...ids];
  }

  /** The map files whose map has this id (usually one). */
  mapsWithId(mapId: string): [string, MapSummary][] {
    return [...this.maps].filter(([, summary]) => summary.mapId === mapId);
  }

  /** The stage ids of every map with this id, or undefined when no map has it. */
  stageIdsOf(mapId: string): string[] | undefined {
    const maps = this.mapsWithId(mapId);
    return maps.length ? maps.flatMap(([, m]) => m.stages.map((s) => s.id)) : undefined;
  }

  /** The `journey:` links of every map that open into this map (into this stage of it, when `stageId` is given). */
  linksInto(mapId: string, stageId?: string): LocatedJourneyLink[] {
    const found: LocatedJourneyLink[] = [];
    for (const [file, map] of this.maps) {
      for (const link of map.journeyLinks) {
        if (link.mapId === mapId && (stageId === undefined || link.stageId === stageId)) found.push({ file, map, link });
      }
    }
    return found;
  }

  /** The touchpoint ids of every map with this id, or undefined when no map has it. */
  touchpointIds(mapId: string): string[] | undefined {
    const maps = this.mapsWithId(mapId);
    return maps.length ? maps.flatMap(([, m]) => m.touchpoints.map((t) => t.id)) : undefined;
  }

  /** The declarations of a touchpoint in every map with this id. */
  findTouchpoint(mapId: string, touchpointId: string): LocatedTouchpoint[] {
    return this.mapsWithId(mapId).flatMap(([file, map]) =>
      map.touchpoints.filter((t) => t.id === touchpointId).map((touchpoint) => ({ file, map, touchpoint })));
  }

  /** The code references to a map (every touchpoint of it when `touchpointId` is undefined), by file then offset. */
  referencesTo(mapId: string, touchpointId?: string): LocatedReference[] {
    const found: LocatedReference[] = [];
    for (const [file, list] of this.sources) {
      for (const reference of list) {
        if (reference.mapId === mapId && (touchpointId === undefined || reference.touchpointId === touchpointId)) {
          found.push({ file, reference });
        }
      }
    }
    return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.reference.offset - b.reference.offset));
  }

  /** Touchpoint id → number of code references, for one map id. */
  countsFor(mapId: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const list of this.sources.values()) {
      for (const r of list) if (r.mapId === mapId) counts.set(r.touchpointId, (counts.get(r.touchpointId) ?? 0) + 1);
    }
    return counts;
  }
}
