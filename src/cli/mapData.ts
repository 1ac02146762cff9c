/**
 * The CLI's side of metric sources: data files read with `fs`, and a map's analysis with its data resolved and
 * its image files checked.
 * The workspace is the current folder (a map outside it may read files beside and below itself).
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { analyze, finishProblems } from '../core/analyze';
import { DataResolver } from '../core/data/dataResolver';
import { isInside } from '../core/data/dataPaths';
import type { DataFileContent, DataFileReader, DataResolution } from '../core/data/types';
import type { Analysis } from '../core/types';
import { imageFileProblems, type ImageLocation } from '../core/images/imageFiles';
import { reasonOf } from './findMapFiles';
import { fsImageReader } from './imageFiles';

/** A native path as the core's `/`-separated form (`C:\a` → `/C:/a`). */
export function toDataPath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return slashed.startsWith('/') ? slashed : `/${slashed}`;
}

function fromDataPath(path: string): string {
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

/** Reads data files from disk; the version is the modification time and size. */
export const fsDataReader: DataFileReader = {
  async read(path: string): Promise<DataFileContent> {
    const native = fromDataPath(path);
    try {
      const info = await stat(native);
      if (!info.isFile()) return { ok: false, missing: false, reason: 'it is not a file' };
      return { ok: true, text: await readFile(native, 'utf8'), version: `${info.mtimeMs}:${info.size}` };
    } catch (error) {
      return { ok: false, missing: (error as { code?: string }).code === 'ENOENT', reason: reasonOf(error) };
    }
  },
};

/** A map's analysis, its resolved metric data, and all its problems (analysis, data and image files) in one order. */
export interface ResolvedMapFile {
  analysis: Analysis;
  data: DataResolution;
  problems: Analysis['problems'];
  /** Where the map lies and the folders the files it names must stay inside. */
  location: ImageLocation;
}

const resolver = new DataResolver(fsDataReader);

/** Analyses a map's text and resolves its metric sources against the files around it. */
export async function resolveMapFile(file: string, text: string, cwd: string): Promise<ResolvedMapFile> {
  const analysis = analyze(text, { fileName: file });
  const mapPath = toDataPath(resolve(cwd, file));
  const workspace = toDataPath(resolve(cwd));
  const roots = isInside(mapPath, [workspace]) ? [workspace] : [toDataPath(dirname(resolve(cwd, file)))];
  const location = { mapPath, roots };
  const [data, images] = await Promise.all([resolver.resolve(analysis, location), imageFileProblems(analysis, location, fsImageReader())]);
  return { analysis, data, problems: finishProblems([...analysis.problems, ...data.problems, ...images], text), location };
}
