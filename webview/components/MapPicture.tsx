/**
 * A persona's photo or a stage's storyboard frame: the picture the host resolved (a webview URI, an https URL
 * when remote images are allowed, or a data URI in exports), or a small placeholder that says why it is not shown.
 */
import { imagePlaceholderText } from '../../src/core/images/imageRefs';
import { t } from '../../src/core/l10n/translate';
import type { JSX } from 'preact';
import { useMap } from './mapContext';

interface MapPictureProps {
  /** The `image:` value as written. */
  value: string | undefined;
  /** Whose picture it is, e.g. the persona's name (its alternative text). */
  label: string;
  variant: 'avatar' | 'frame';
}

/**
 * `text` with a line-break opportunity after each dot inside a word (a setting name such as
 * `journeyMaps.preview.allowRemoteImages`), so a narrow placeholder wraps it between its parts, not mid-word.
 */
function breakableAtDots(text: string): (string | JSX.Element)[] {
  return text.split(/(?<=\.)(?=\p{L})/u).flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, part]));
}

/** The picture of `value`, or its placeholder; nothing when the map has no such image or the host resolved none. */
export function MapPicture({ value, label, variant }: MapPictureProps) {
  const images = useMap().images;
  const image = value === undefined ? undefined : images?.[value];
  if (!image) return null;
  const alt = variant === 'avatar' ? t('Photo of {0}', label) : t('Storyboard frame of {0}', label);
  if ('src' in image) return <img class={`picture picture--${variant}`} src={image.src} alt={alt} data-image={value} />;
  const why = imagePlaceholderText(image.unavailable);
  return (
    <span class={`picture picture--${variant} picture--placeholder`} role="img" aria-label={`${alt}: ${why}`}
      title={`${value}: ${why}`} data-image={value} data-unavailable={image.unavailable}>
      {breakableAtDots(why)}
    </span>
  );
}
