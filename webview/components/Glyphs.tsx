/**
 * Small glyphs that carry meaning by shape, not colour: emotion faces and persona point shapes. A map shows hundreds
 * of them and each element costs while columns scroll in, so a face is one SVG path (eyes drawn as stroked dots) and a
 * point shape one element clipped by CSS (styles.css): the same drawings as before in fewer elements.
 */
import type { Shape } from '../../src/core/view/mapData';
import { emotionWord, signedScore } from '../../src/core/emotionText';

/** Eyes: circles of radius 0.35 stroked 1.3 wide are dots of radius 1. */
const EYES = 'M5.15 6.3 a0.35 0.35 0 1 0 0.7 0 a0.35 0.35 0 1 0 -0.7 0 M10.15 6.3 a0.35 0.35 0 1 0 0.7 0 a0.35 0.35 0 1 0 -0.7 0';

/** A face for an emotion from -2 to +2: the mouth curves with the value, frowning brows at -2. */
export function Face({ value, size = 16 }: { value: number; size?: number }) {
  const curve = Math.max(-2, Math.min(2, value)) * 1.6;
  const tone = value >= 0.5 ? 'pos' : value <= -0.5 ? 'neg' : 'neutral';
  return (
    <svg class={`face face--${tone}`} width={size} height={size} viewBox="0 0 16 16" role="img"
      aria-label={`${emotionWord(value)} (${signedScore(value)})`}>
      <path d={`M15 8 A7 7 0 1 1 1 8 A7 7 0 1 1 15 8 Z${value <= -1.5 ? ' M3.8 3.9 L7 5 M12.2 3.9 L9 5' : ''}`
        + ` M4.6 ${10.6 - curve / 2} Q8 ${10.6 + curve} 11.4 ${10.6 - curve / 2} ${EYES}`} />
    </svg>
  );
}

/** A persona's point shape, filled with its colour (the `--series` custom property), outlined in the background's. */
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
