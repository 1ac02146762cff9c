/**
 * A parsed JSON file + the source's `pointer` → the metric's series: a number (a series of one), or a list
 * of `{ date, value }` objects ordered by date.
 */
import { t } from '../l10n/translate';
import { describeValue, quote } from '../problems';
import type { SeriesResult } from './csvSource';
import { dayNumber } from './dates';
import { evaluatePointer } from './jsonPointer';
import type { MetricPoint } from './types';

/** The series `pointer` names in `document`. */
export function jsonSeries(document: unknown, file: string, pointer: string): SeriesResult {
  const found = evaluatePointer(document, pointer);
  if (!found.found) {
    const message = pointer !== '' && !pointer.startsWith('/')
      ? t('{0} has nothing at pointer {1}: a JSON Pointer starts with "/".', quote(file), quote(pointer))
      : t('{0} has nothing at pointer {1}: nothing at {2}.', quote(file), quote(pointer), quote(found.at));
    return { failure: { code: 'data-pointer-missing', at: 'pointer', message } };
  }
  const value = found.value;
  if (typeof value === 'number') return { points: [{ value }] };
  if (!Array.isArray(value)) {
    return { failure: notANumber(t('{0} at {1} holds {2}, not a number or a list of { date, value }.', quote(file), quote(pointer), describeValue(value))) };
  }
  const dated: { day: number; point: MetricPoint }[] = [];
  for (let i = 0; i < value.length; i++) {
    const item = value[i] as { date?: unknown; value?: unknown } | null;
    const at = `${pointer}/${i}`;
    if (item === null || typeof item !== 'object' || typeof item.value !== 'number') {
      return { failure: notANumber(t('{0} at {1} holds {2} where a { date, value } with a number value belongs.', quote(file), quote(at), describeValue(item?.value ?? item))) };
    }
    const day = typeof item.date === 'string' ? dayNumber(item.date) : null;
    if (day === null || typeof item.date !== 'string') {
      return { failure: { code: 'data-not-a-date', at: 'source', message: t('{0} at {1}: {2} is not a date (YYYY-MM-DD or YYYY-Www).', quote(file), quote(`${at}/date`), describeValue(item.date)) } };
    }
    dated.push({ day, point: { date: item.date, value: item.value } });
  }
  if (dated.length === 0) return { failure: notANumber(t('{0} at {1} is an empty list.', quote(file), quote(pointer))) };
  dated.sort((a, b) => a.day - b.day);
  return { points: dated.map((d) => d.point) };
}

function notANumber(message: string) {
  return { code: 'data-not-a-number' as const, at: 'source' as const, message };
}
