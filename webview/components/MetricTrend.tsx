/**
 * A sourced metric's history as a small sparkline, and its change since the previous row as an arrow, a signed
 * number and a word (progress, regress, no change), coloured by direction but never relying on colour alone.
 * Pure render, so exports draw them too.
 */
import { activeTranslator, t } from '../../src/core/l10n/translate';
import { deltaArrow, directionWord, formatNumber, signedNumber } from '../../src/core/data/metricText';
import type { MetricData } from '../../src/core/data/types';

const WIDTH = 84;
const HEIGHT = 22;
const PAD = 2;

/** A data row's date as the active language writes it (`2026-01-15` → `Jan 15, 2026`); a week (`2026-W03`) as written. */
export function dateText(date: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!day) return date;
  const when = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  return new Intl.DateTimeFormat(activeTranslator().locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(when);
}

/** The polyline points of a series scaled into the sparkline box (a flat series sits in the middle). */
export function sparkPoints(values: number[]): [number, number][] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  return values.map((v, i) => {
    const y = max === min ? HEIGHT / 2 : PAD + (1 - (v - min) / (max - min)) * (HEIGHT - 2 * PAD);
    return [Math.round((PAD + i * step) * 10) / 10, Math.round(y * 10) / 10];
  });
}

/** The sparkline of a metric's history and latest value; nothing for a single value. */
export function Sparkline({ data }: { data: MetricData }) {
  const values = [...data.history.map((p) => p.value), data.value];
  if (values.length < 2) return null;
  const points = sparkPoints(values);
  const [lastX, lastY] = points[points.length - 1];
  const label = t('History: {0}', values.map((value) => formatNumber(value)).join(', '));
  return (
    <svg class="spark" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <title>{label}</title>
      <polyline points={points.map((p) => p.join(',')).join(' ')} fill="none" stroke="currentColor" stroke-width="1.5"
        stroke-linejoin="round" stroke-linecap="round" />
      <circle cx={lastX} cy={lastY} r="2.2" fill="currentColor" />
    </svg>
  );
}

/** `▲ +1 500 progress` since the previous row; nothing when there is no previous row. */
export function TrendBadge({ data }: { data: MetricData }) {
  if (data.delta === undefined || data.direction === undefined) return null;
  const word = directionWord(data.direction);
  const since = data.history.length > 0 && data.history[data.history.length - 1].date;
  return (
    <span class={`trend trend--${data.direction}`} title={since ? t('Change since {0}', dateText(since)) : t('Change since the previous row')}>
      <span aria-hidden="true">{deltaArrow(data.delta)}</span> {signedNumber(data.delta)} <span class="trend__word">{word}</span>
    </span>
  );
}
