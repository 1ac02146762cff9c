/**
 * Shared personas on the command line: the `*.personas.yaml` files read (those named or found under the folders
 * given, else those under the current folder, which is the workspace), their problems, the `unknown-shared-persona`
 * problems of the maps read, and a map's model with its shared personas resolved for `cjm render`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { finishProblems } from '../core/analyze';
import { analyzePersonasFile, type PersonasFileAnalysis } from '../core/sharedPersonas/personasFile';
import {
  catalogOfPersonasFiles, personaUsesOf, resolveSharedPersonas, unknownSharedPersonaProblems, type SharedPersonaCatalog,
} from '../core/sharedPersonas/sharedPersonas';
import type { Analysis } from '../core/types';
import type { CliIo } from './cliTypes';
import { findMapFiles, reasonOf } from './findMapFiles';
import type { ReadMap } from './journeyLinkCheck';
import { reportProblems, type ReportedProblem } from './reportedProblems';

/** A personas file read: its path as found and its analysis. */
export interface ReadPersonasFile {
  file: string;
  analysis: PersonasFileAnalysis;
}

/** Reads and analyses personas files; one that cannot be read is said on stderr and left out (the result says so). */
export async function readPersonasFiles(files: readonly string[], io: CliIo): Promise<{ read: ReadPersonasFile[]; unreadable: boolean }> {
  const read: ReadPersonasFile[] = [];
  let unreadable = false;
  for (const file of [...new Set(files)]) {
    try {
      const text = (await readFile(resolve(io.cwd, file), 'utf8')).replace(/^\uFEFF/, '');
      read.push({ file, analysis: analyzePersonasFile(text) });
    } catch (error) {
      io.stderr(`cjm: cannot read ${file}: ${reasonOf(error)}\n`);
      unreadable = true;
    }
  }
  return { read, unreadable };
}

/** The personas files under the current folder (the workspace), for maps given without their personas files. */
export async function workspacePersonasFiles(io: CliIo): Promise<string[]> {
  return (await findMapFiles('.', io.cwd, io.fileSystem)).personasFiles;
}

/** The problems of the personas files read and the `unknown-shared-persona` problems of the maps, positioned for the CLI. */
export function sharedPersonaProblems(personasFiles: readonly ReadPersonasFile[], maps: readonly ReadMap[]): ReportedProblem[] {
  const catalog = catalogOfPersonasFiles(personasFiles);
  const own = personasFiles.flatMap(({ file, analysis }) => reportProblems(file, analysis.text, analysis.problems));
  return own.concat(maps.flatMap(({ file, analysis }) => {
    const problems = unknownSharedPersonaProblems(personaUsesOf(analysis), catalog);
    return problems.length === 0 ? [] : reportProblems(file, analysis.text, finishProblems(problems, analysis.text));
  }));
}

/** The analysis with its model's shared personas resolved, and the problems of those no personas file defines. */
export function withSharedPersonas(analysis: Analysis, catalog: SharedPersonaCatalog): { analysis: Analysis; problems: Analysis['problems'] } {
  const uses = personaUsesOf(analysis);
  if (uses.length === 0 || !analysis.model) return { analysis, problems: [] };
  return { analysis: { ...analysis, model: resolveSharedPersonas(analysis.model, catalog) }, problems: unknownSharedPersonaProblems(uses, catalog) };
}

/** The catalog of the workspace's personas files, read only when the map uses a shared persona. */
export async function catalogForMap(analysis: Analysis, io: CliIo): Promise<SharedPersonaCatalog> {
  if (personaUsesOf(analysis).length === 0) return catalogOfPersonasFiles([]);
  return catalogOfPersonasFiles((await readPersonasFiles(await workspacePersonasFiles(io), io)).read);
}
