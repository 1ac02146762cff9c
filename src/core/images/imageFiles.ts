/**
 * Image files of a map, checked and embedded through a reader the caller hands in (`vscode.workspace.fs` in the
 * extension host, `fs` in the CLI): the `image-missing` and `image-too-large` warnings at the exact path, and
 * data URIs for exports (so HTML, SVG and PDF stay self-contained).
 */
import { isInside } from '../data/dataPaths';
import { makeProblem } from '../problems';
import type { Analysis, Problem } from '../types';
import {
  imageEntriesOf, imageTarget, imageValuesOf, MAX_IMAGE_BYTES, unavailableImageMessage,
  type FileUnavailable, type ImageTarget, type MapImage, type MapImages,
} from './imageRefs';
import type { CjmMap } from '../schema';

/** A downloaded image, or `too-large` when it is over the size limit. */
export type RemoteImage = { bytes: Uint8Array; mime: string } | 'too-large';

/** Reads image files by their full `/`-separated path. */
export interface ImageFileReader {
  /** The file's size in bytes, or undefined when there is no file at `path`. */
  size(path: string): Promise<number | undefined>;
  /** The file's bytes. */
  read(path: string): Promise<Uint8Array>;
  /** An https image's bytes and MIME type, when the user allows remote images in exports; absent: never fetched. */
  fetchRemote?(url: string): Promise<RemoteImage>;
}

/** Where a map lies (`mapPath`) and the folders its images must stay inside (`roots`). */
export interface ImageLocation {
  mapPath: string;
  roots: readonly string[];
}

/** Why the file an image names cannot be shown, or undefined when it can. */
export async function fileProblem(target: Extract<ImageTarget, { kind: 'file' }>, where: ImageLocation, reader: ImageFileReader): Promise<FileUnavailable | undefined> {
  if (!isInside(target.path, where.roots)) return 'outside-workspace';
  let size: number | undefined;
  try {
    size = await reader.size(target.path);
  } catch {
    return 'unreadable';
  }
  if (size === undefined) return 'missing';
  return size > MAX_IMAGE_BYTES ? 'too-large' : undefined;
}

/** One warning per persona or stage `image:` file that is missing, outside the workspace, unreadable or too large. */
export async function imageFileProblems(analysis: Pick<Analysis, 'doc' | 'model' | 'text'>, where: ImageLocation, reader: ImageFileReader): Promise<Problem[]> {
  const checked = new Map<string, Promise<FileUnavailable | undefined>>();
  const problems = await Promise.all(imageEntriesOf(analysis).map(async (entry) => {
    const target = imageTarget(entry.value, where.mapPath);
    if (target?.kind !== 'file') return undefined;
    if (!checked.has(target.path)) checked.set(target.path, fileProblem(target, where, reader));
    const why = await checked.get(target.path);
    if (!why) return undefined;
    return makeProblem(why === 'too-large' ? 'image-too-large' : 'image-missing', entry, unavailableImageMessage(entry.value, why), { path: entry.path });
  }));
  return problems.filter((p): p is Problem => p !== undefined);
}

/** Bytes as a `data:` URI of the given MIME type (base64). */
export function dataUri(bytes: Uint8Array, mime: string): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${mime};base64,${btoa(binary)}`;
}

async function embedOne(value: string, where: ImageLocation, reader: ImageFileReader): Promise<MapImage> {
  const target = imageTarget(value, where.mapPath);
  if (!target) return { unavailable: 'unreadable' };
  if (target.kind === 'remote') {
    if (!reader.fetchRemote) return { unavailable: 'remote-blocked' };
    const fetched = await reader.fetchRemote(target.url);
    return fetched === 'too-large' ? { unavailable: 'too-large' } : { src: dataUri(fetched.bytes, fetched.mime) };
  }
  const why = await fileProblem(target, where, reader);
  return why ? { unavailable: why } : { src: dataUri(await reader.read(target.path), target.mime) };
}

/**
 * Every image of the map as a data URI (or why not), for exports. A file or download that fails becomes a
 * placeholder; `onFailure` hears why, so the caller can tell the user.
 */
export async function embedMapImages(map: CjmMap, where: ImageLocation, reader: ImageFileReader,
  onFailure: (value: string, error: unknown) => void): Promise<MapImages> {
  const images: MapImages = {};
  await Promise.all(imageValuesOf(map).map(async (value) => {
    try {
      images[value] = await embedOne(value, where, reader);
    } catch (error) {
      onFailure(value, error);
      images[value] = { unavailable: 'unreadable' };
    }
  }));
  return images;
}
