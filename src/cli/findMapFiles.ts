/**
 * Expands the CLI's arguments into files: a file stays as given, a folder becomes every `*.cjm.yaml` below it.
 * Symbolic links are followed (a folder reached twice is searched once, so link loops end); a folder or link that
 * cannot be read is reported and the search goes on; FIFOs, sockets and devices are skipped with a note.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PERSONAS_FILE_PATTERN } from '../core/sharedPersonas/personasFile';
import { t } from '../core/l10n/translate';

/** Folders never searched for maps. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** One argument's outcome: the files it names, what could not be read, and what was skipped. */
export interface FoundFiles {
  files: string[];
  /** Shared personas files (`*.personas.yaml`) named or found below a folder. */
  personasFiles: string[];
  /** Paths that could not be read, each with the reason (the run must end with exit code 2). */
  errors: { path: string; reason: string }[];
  /** Paths named like maps that are not regular files (FIFOs, sockets, devices), with what they are. */
  skipped: { path: string; reason: string }[];
  /** Set when the argument itself cannot be read: its reason. */
  error?: string;
}

/** The file-system calls the search makes (node:fs/promises; a test may hand in one that fails on purpose). */
export interface SearchFileSystem {
  stat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
  readdir(path: string, options: { withFileTypes: true }): Promise<Dirent[]>;
}

const NODE_FS: SearchFileSystem = { stat, realpath, readdir };

/** The files an argument names (sorted for folders), what could not be read, and what was skipped. */
export async function findMapFiles(arg: string, cwd: string, fs: SearchFileSystem = NODE_FS): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], personasFiles: [], errors: [], skipped: [] };
  let info: Stats;
  try {
    info = await fs.stat(resolve(cwd, arg));
  } catch (error) {
    return { ...found, error: reasonOf(error) };
  }
  if (info.isDirectory()) {
    await walk({ cwd, fs, found, visited: new Set() }, arg);
    found.files.sort();
    found.personasFiles.sort();
  } else if (info.isFile()) {
    (PERSONAS_FILE_PATTERN.test(arg) ? found.personasFiles : found.files).push(arg);
  } else {
    found.error = `not a regular file (${kindOf(info)})`;
  }
  return found;
}

/** One folder search: where relative paths start, the file system, what was found, the real folders searched. */
interface Search {
  cwd: string;
  fs: SearchFileSystem;
  found: FoundFiles;
  visited: Set<string>;
}

async function walk(search: Search, folder: string): Promise<void> {
  let entries: Dirent[];
  try {
    const real = await search.fs.realpath(resolve(search.cwd, folder));
    if (search.visited.has(real)) return;
    search.visited.add(real);
    entries = await search.fs.readdir(real, { withFileTypes: true });
  } catch (error) {
    search.found.errors.push({ path: folder, reason: reasonOf(error) });
    return;
  }
  for (const entry of entries) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    const info = entry.isSymbolicLink() ? await followLink(search, path) : entry;
    if (!info) continue;
    if (info.isDirectory()) await walk(search, path);
    else if (PERSONAS_FILE_PATTERN.test(entry.name) && info.isFile()) search.found.personasFiles.push(path);
    else if (!entry.name.endsWith('.cjm.yaml')) continue;
    else if (info.isFile()) search.found.files.push(path);
    else search.found.skipped.push({ path, reason: t('not a regular file ({0})', kindOf(info)) });
  }
}

/** What a symbolic link points at, or undefined (with the reason recorded) when it leads nowhere readable. */
async function followLink(search: Search, path: string): Promise<Stats | undefined> {
  try {
    return await search.fs.stat(resolve(search.cwd, path));
  } catch (error) {
    search.found.errors.push({ path, reason: t('broken link ({0})', reasonOf(error)) });
    return undefined;
  }
}

function kindOf(info: Stats | Dirent): string {
  if (info.isFIFO()) return t('a FIFO');
  if (info.isSocket()) return t('a socket');
  if (info.isCharacterDevice() || info.isBlockDevice()) return t('a device');
  return t('not a file or folder');
}

/** A short reason for a failed file operation. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return t('no such file or folder');
  if (code === 'EACCES' || code === 'EPERM') return t('permission denied');
  if (code === 'EISDIR') return t('is a folder');
  if (code === 'ELOOP') return t('a loop of symbolic links');
  return error instanceof Error ? error.message : String(error);
}
