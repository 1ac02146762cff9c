/**
 * Small glyphs that carry meaning by shape, not colour: emotion faces and persona point shapes. Each is ONE element
 * drawn by CSS masks (styles.css holds the drawings): a map shows hundreds of them, and inline SVG costs three
 * elements each to create, style and lay out while columns scroll in.
 */
import type { Shape } from '../../src/core/view/mapData';
import { emotionWord, signedScore } from '../../src/core/emotionText';

const FACE_CLASS = ['m2', 'm1', '0', 'p1', 'p2'];

/** A face for an emotion from -2 to +2: the mouth curves with the value, frowning brows at -2. */
export function Face({ value, size = 16 }: { value: number; size?: number }) {
  const tone = value >= 0.5 ? 'pos' : value <= -0.5 ? 'neg' : 'neutral';
  const drawing = FACE_CLASS[Math.round(Math.max(-2, Math.min(2, value))) + 2];
  return (
    <span class={`face face--${tone} face--${drawing}`} role="img" aria-label={`${emotionWord(value)} (${signedScore(value)})`}
      style={size === 16 ? undefined : { width: size, height: size }} />
  );
}

/** A persona's point shape, filled with its colour (the `--series` custom property). */
export function ShapeIcon({ shape, size = 12 }: { shape: Shape; size?: number }) {
  return <span class={`shape shape--${shape}`} aria-hidden="true" style={size === 12 ? undefined : { width: size, height: size }} />;
}

/** A sample of a persona's line style for the legend: dash pattern and shape. */
export function LineSample({ shape, dash }: { shape: Shape; dash: string }) {
  return (
    <span class="line-sample" aria-hidden="true">
      <svg width="34" height="12" viewBox="0 0 34 12"><line x1="1" y1="6" x2="33" y2="6" stroke-dasharray={dash || undefined} /></svg>
      <ShapeIcon shape={shape} />
    </span>
  );
}

/** A codicon from the @vscode/codicons font. */
export function Icon({ name, label }: { name: string; label?: string }) {
  return label
    ? <span class={`codicon codicon-${name}`} role="img" aria-label={label} title={label} />
    : <span class={`codicon codicon-${name}`} aria-hidden="true" />;
}
