/** The shapes of a map's pictures: what an `image:` value names, and how the map editor or an export shows it. */

/** What an `image:` value names: a file (its full `/`-separated path) or a remote https URL. */
export type ImageTarget = { kind: 'file'; path: string; mime: string } | { kind: 'remote'; url: string };

/** Why a picture is not shown; the map editor and the exports draw a small placeholder that says so. */
export type ImageUnavailable = 'remote-blocked' | 'missing' | 'outside-workspace' | 'too-large' | 'unreadable' | 'format-not-drawn';

/** Why an image file cannot be shown (what the `image-missing` and `image-too-large` warnings say). */
export type FileUnavailable = Extract<ImageUnavailable, 'missing' | 'outside-workspace' | 'too-large' | 'unreadable'>;

/** How the map editor or an export shows one `image:` value: its source (webview URI, data URI or URL), or why not. */
export type MapImage = { src: string } | { unavailable: ImageUnavailable };

/** Each `image:` value of a map (as written) → how to show it. */
export type MapImages = Record<string, MapImage>;
