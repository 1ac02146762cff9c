/**
 * Small SVG glyphs that carry meaning by shape, not colour: emotion faces and persona point shapes.
 */
import type { Shape } from '../../src/core/view/mapData';
import { emotionWord, signedScore } from '../../src/core/emotionText';

/** A face for an emotion from -2 to +2: the mouth curves with the value, frowning brows at -2. */
export function Face({ value, size = 16 }: { value: number; size?: number }) {
  const curve = Math.max(-2, Math.min(2, value)) * 1.6;
  const tone = value >= 0.5 ? 'pos' : value <= -0.5 ? 'neg' : 'neutral';
  return (
    <svg class={`face face--${tone}`} width={size} height={size} viewBox="0 0 16 16" role="img"
      aria-label={`${emotionWord(value)} (${signedScore(value)})`}>
      {/* Two paths rather than five shapes: a map shows hundreds of faces, and each element costs in a scroll. */}
      <path d={`M15 8 A7 7 0 1 1 1 8 A7 7 0 1 1 15 8 Z${value <= -1.5 ? ' M3.8 3.9 L7 5 M12.2 3.9 L9 5' : ''}`
        + ` M4.6 ${10.6 - curve / 2} Q8 ${10.6 + curve} 11.4 ${10.6 - curve / 2}`} class="face__line" />
      <path d="M4.5 6.3 A1 1 0 1 1 6.5 6.3 A1 1 0 1 1 4.5 6.3 Z M9.5 6.3 A1 1 0 1 1 11.5 6.3 A1 1 0 1 1 9.5 6.3 Z" class="face__eye" />
    </svg>
  );
}

const SHAPE_PATHS: Record<Shape, string> = {
  circle: 'M6 1.5 A4.5 4.5 0 1 1 5.99 1.5 Z',
  square: 'M2 2 H10 V10 H2 Z',
  diamond: 'M6 0.8 L11.2 6 L6 11.2 L0.8 6 Z',
  triangle: 'M6 1 L11.2 10.5 H0.8 Z',
  hexagon: 'M3.5 1.5 H8.5 L11 6 L8.5 10.5 H3.5 L1 6 Z',
};

/** A persona's point shape, filled with its colour (the `--series` custom property). */
export function ShapeIcon({ shape, size = 12 }: { shape: Shape; size?: number }) {
  return (
    <svg class="shape" width={size} height={size} viewBox="0 0 12 12" aria-hidden="true">
      <path d={SHAPE_PATHS[shape]} />
    </svg>
  );
}

/** A sample of a persona's line style for the legend: dash pattern and shape. */
export function LineSample({ shape, dash }: { shape: Shape; dash: string }) {
  return (
    <svg class="line-sample" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
      <line x1="1" y1="6" x2="33" y2="6" stroke-dasharray={dash || undefined} />
      <path transform="translate(11 0)" d={SHAPE_PATHS[shape]} />
    </svg>
  );
}

/** A codicon from the @vscode/codicons font. */
export function Icon({ name, label }: { name: string; label?: string }) {
  return label
    ? <span class={`codicon codicon-${name}`} role="img" aria-label={label} title={label} />
    : <span class={`codicon codicon-${name}`} aria-hidden="true" />;
}
