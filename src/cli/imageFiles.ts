/**
 * The CLI's side of map images: files read with `fs` (by the core's `/`-separated paths), and https images
 * downloaded with Node's `fetch` only when `--allow-remote-images` is given.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ImageFileReader } from '../core/images/imageFiles';
import { remoteImageFetcher } from '../core/images/remoteImages';

function nativePath(path: string): string {
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

/** Reads image files from disk; downloads https images only when `allowRemote`. */
export function fsImageReader(allowRemote = false): ImageFileReader {
  return {
    size: async (path) => {
      try {
        const info = await stat(nativePath(path));
        return info.isFile() ? info.size : undefined;
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT' || (error as { code?: string }).code === 'ENOTDIR') return undefined;
        throw error;
      }
    },
    read: async (path) => new Uint8Array(await readFile(nativePath(path))),
    fetchRemote: allowRemote ? remoteImageFetcher(fetch) : undefined,
  };
}
