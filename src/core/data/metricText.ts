/**
 * Metric figures as text, shared by the map editor, the hover and the exports: numbers as the reader's language
 * writes them, and a change with an arrow and a word, so progress and regress never depend on colour alone.
 * Each function takes the translator of the language to write in (an export passes its map's); without one it
 * writes in the active language.
 */
import { activeTranslator, type Translator } from '../l10n/translate';
import type { Direction, MetricData } from './types';

/**
 * A number with at most one decimal under 100, grouped as the language groups digits: `12 000`, `45.5` (en, with a
 * thin space, since a comma would read as a decimal point elsewhere), `12 000`, `45,5` (ru).
 */
export function formatNumber(n: number, translator: Translator = activeTranslator()): string {
  return englishGrouping(translator, translator.formatNumber(displayRounded(n)));
}

/** A percentage (`59.6` → `59.6%` in en, `59,6 %` in ru), rounded as `formatNumber` rounds, to at most `digits` decimals. */
export function formatPercent(percent: number, translator: Translator = activeTranslator(), digits = 1): string {
  // One rounding only (79.46 is 79 % to no decimals, not 79.5 → 80 %): whole percents from 100 up, as formatNumber.
  const maximumFractionDigits = Math.abs(percent) >= 100 ? 0 : digits;
  return englishGrouping(translator, translator.formatNumber(percent / 100, { style: 'percent', maximumFractionDigits }));
}

function displayRounded(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
}

function englishGrouping(translator: Translator, text: string): string {
  return translator.locale === 'en' ? text.replace(/,/g, '\u202f') : text;
}

const ARROWS: Record<Direction, string> = { progress: '▲', regress: '▼', flat: '▶' };

/** The word for a direction, e.g. for screen readers: "progress", "regress", "no change". */
export function directionWord(direction: Direction, translator: Translator = activeTranslator()): string {
  switch (direction) {
    case 'progress': return translator.t('progress');
    case 'regress': return translator.t('regress');
    case 'flat': return translator.t('no change');
  }
}

/** The arrow of a change: ▲ up, ▼ down, ▶ unchanged (by the sign of the delta, not by better or worse). */
export function deltaArrow(delta: number): string {
  return delta > 0 ? ARROWS.progress : delta < 0 ? ARROWS.regress : ARROWS.flat;
}

/** `+1 500`, `−3.5` (a true minus sign), `±0`. */
export function signedNumber(n: number, translator: Translator = activeTranslator()): string {
  return n > 0 ? `+${formatNumber(n, translator)}` : n < 0 ? `−${formatNumber(-n, translator)}` : '±0';
}

/** `▲ +1 500 (progress)`, or undefined when the metric has no previous value. */
export function changeText(data: MetricData, translator: Translator = activeTranslator()): string | undefined {
  if (data.delta === undefined || data.direction === undefined) return undefined;
  return `${deltaArrow(data.delta)} ${signedNumber(data.delta, translator)} (${directionWord(data.direction, translator)})`;
}
