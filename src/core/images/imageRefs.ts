/**
 * Pictures of a map: a persona's `image:` (photo or avatar) and a stage's `image:` (storyboard frame). Where they
 * are written (with exact ranges), what each value names (a file beside the map or an https URL), and what a
 * picture that cannot be shown says. Pure: reading files is the caller's (extension host or CLI).
 */
import { dataFilePath } from '../data/dataPaths';
import { t } from '../l10n/translate';
import { quote } from '../problems';
import { scalarsWhere, type ScalarEntry } from '../positionLinks';
import type { CjmMap } from '../schema';
import type { Analysis, Path } from '../types';

/** The largest image file a map shows or an export embeds (2 MiB): bigger files get a message instead. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** File extension (lower case) → MIME type of the image formats a map may show. */
export const IMAGE_MIME_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml',
};

export type { FileUnavailable, ImageTarget, ImageUnavailable, MapImage, MapImages } from './imageTypes';
import type { FileUnavailable, ImageTarget, ImageUnavailable } from './imageTypes';

/** The MIME type of an image file by its extension, or undefined for a format maps do not show. */
export function imageMimeType(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : IMAGE_MIME_TYPES[path.slice(dot + 1).toLowerCase()];
}

/** What a (valid) `image:` value names, read relative to the map at `mapPath`; undefined for an invalid value. */
export function imageTarget(value: string, mapPath: string): ImageTarget | undefined {
  if (/^https:\/\//i.test(value)) return { kind: 'remote', url: value };
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return undefined;
  const mime = imageMimeType(value);
  return mime ? { kind: 'file', path: dataFilePath(mapPath, value), mime } : undefined;
}

const isImagePath = (path: Path): boolean =>
  path.length === 3 && (path[0] === 'personas' || path[0] === 'stages') && typeof path[1] === 'number' && path[2] === 'image';

/** The distinct `image:` values of a map, in map order (personas first). */
export function imageValuesOf(map: CjmMap): string[] {
  const values = [...(map.personas ?? []).map((p) => p.image), ...map.stages.map((s) => s.image)];
  return [...new Set(values.filter((v): v is string => typeof v === 'string'))];
}

/** Every `image:` value of personas and stages with the range of its text; reads the document only when the text can hold one. */
export function imageEntriesOf(analysis: Pick<Analysis, 'doc' | 'model' | 'text'>): ScalarEntry[] {
  if (analysis.model ? imageValuesOf(analysis.model).length === 0 : !analysis.text.includes('image')) return [];
  return scalarsWhere(analysis.doc, analysis.text, isImagePath);
}

/** The message of an `image:` value that is neither an https URL nor a path to an image file. */
export function invalidImageMessage(value: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1];
  if (scheme) {
    return t('Image {0} is a "{1}:" address: an image is an https:// URL or a path to a file in the workspace.', quote(value), scheme.toLowerCase());
  }
  return t('Image {0} is not a .png, .jpg, .jpeg, .gif, .webp or .svg file, nor an https:// URL.', quote(value));
}

/** The message of an image file that cannot be shown, for a warning at its path. */
export function unavailableImageMessage(value: string, why: FileUnavailable): string {
  switch (why) {
    case 'missing': return t('Image file {0} does not exist (paths are relative to the map’s folder).', quote(value));
    case 'outside-workspace': return t('Image file {0} lies outside the workspace; maps show images from inside the workspace only.', quote(value));
    case 'too-large': return t('Image file {0} is larger than 2 MB; the map shows a placeholder instead. Use a smaller picture.', quote(value));
    case 'unreadable': return t('Image file {0} cannot be read.', quote(value));
  }
}

/** The short text of a placeholder drawn where a picture is not shown. */
export function imagePlaceholderText(why: ImageUnavailable): string {
  switch (why) {
    case 'remote-blocked': return t('Remote image blocked: journeyMaps.preview.allowRemoteImages is off');
    case 'missing': return t('Image not found');
    case 'outside-workspace': return t('Image outside the workspace');
    case 'too-large': return t('Image larger than 2 MB');
    case 'unreadable': return t('Image cannot be read');
    case 'format-not-drawn': return t('Image format not drawn here');
  }
}
