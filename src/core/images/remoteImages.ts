/**
 * Downloading an https image for an export, when the user allows remote images: through the `fetch` the caller
 * hands in (the extension host's or the CLI's), with a time limit, an image MIME type and the size limit.
 */
import { t } from '../l10n/translate';
import { MAX_IMAGE_BYTES } from './imageRefs';
import type { RemoteImage } from './imageFiles';

/** How long one download may take. */
const FETCH_TIMEOUT_MS = 15_000;

type Fetch = (url: string, init: { signal: AbortSignal; redirect: 'follow' }) => Promise<{
  ok: boolean; status: number; headers: { get(name: string): string | null }; arrayBuffer(): Promise<ArrayBuffer>;
}>;

/** A `fetchRemote` for ImageFileReader over `fetch`: refuses non-image answers and files over the size limit. */
export function remoteImageFetcher(fetchFn: Fetch): (url: string) => Promise<RemoteImage> {
  return async (url) => {
    const response = await fetchFn(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) throw new Error(t('{0} answered HTTP {1}.', url, response.status));
    const mime = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!mime.startsWith('image/')) throw new Error(t('{0} is not an image (its type is "{1}").', url, mime));
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_IMAGE_BYTES) return 'too-large';
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > MAX_IMAGE_BYTES ? 'too-large' : { bytes, mime };
  };
}
