/**
 * Expands the CLI's arguments into files: a file stays as given, a folder becomes every `*.cjm.yaml` below it.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Folders never searched for maps. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** One argument's outcome: the files it names, or why it cannot be read. */
export interface FoundFiles {
  files: string[];
  error?: string;
}

/** The files an argument names (sorted for folders), or the reason it cannot be read. */
export async function findMapFiles(arg: string, cwd: string): Promise<FoundFiles> {
  try {
    const info = await stat(resolve(cwd, arg));
    if (!info.isDirectory()) return { files: [arg] };
    const files: string[] = [];
    await walk(cwd, arg, files);
    return { files: files.sort() };
  } catch (error) {
    return { files: [], error: reasonOf(error) };
  }
}

async function walk(cwd: string, folder: string, out: string[]): Promise<void> {
  const entries = await readdir(resolve(cwd, folder), { withFileTypes: true });
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await walk(cwd, path, out);
    else if (entry.isFile() && entry.name.endsWith('.cjm.yaml')) out.push(path);
  }
}

/** A short reason for a failed file operation. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
