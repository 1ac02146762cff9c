/**
 * A parsed JSON file + the source's `pointer` → the metric's series: a number (a series of one), or a list
 * of `{ date, value }` objects ordered by date.
 */
import { describeValue, quote } from '../problems';
import type { SeriesResult } from './csvSource';
import { dayNumber } from './dates';
import { evaluatePointer } from './jsonPointer';
import type { MetricPoint } from './types';

/** The series `pointer` names in `document`. */
export function jsonSeries(document: unknown, file: string, pointer: string): SeriesResult {
  const found = evaluatePointer(document, pointer);
  if (!found.found) {
    const why = pointer !== '' && !pointer.startsWith('/') ? 'a JSON Pointer starts with "/"' : `nothing at ${quote(found.at)}`;
    return { failure: { code: 'data-pointer-missing', at: 'pointer', message: `${quote(file)} has nothing at pointer ${quote(pointer)}: ${why}.` } };
  }
  const value = found.value;
  if (typeof value === 'number') return { points: [{ value }] };
  if (!Array.isArray(value)) {
    return { failure: notANumber(file, pointer, `holds ${describeValue(value)}, not a number or a list of { date, value }`) };
  }
  const dated: { day: number; point: MetricPoint }[] = [];
  for (let i = 0; i < value.length; i++) {
    const item = value[i] as { date?: unknown; value?: unknown } | null;
    const at = `${pointer}/${i}`;
    if (item === null || typeof item !== 'object' || typeof item.value !== 'number') {
      return { failure: notANumber(file, at, `holds ${describeValue(item?.value ?? item)} where a { date, value } with a number value belongs`) };
    }
    const day = typeof item.date === 'string' ? dayNumber(item.date) : null;
    if (day === null || typeof item.date !== 'string') {
      return { failure: { code: 'data-not-a-date', at: 'source', message: `${quote(file)} at ${quote(`${at}/date`)}: ${describeValue(item.date)} is not a date (YYYY-MM-DD or YYYY-Www).` } };
    }
    dated.push({ day, point: { date: item.date, value: item.value } });
  }
  if (dated.length === 0) return { failure: notANumber(file, pointer, 'is an empty list') };
  dated.sort((a, b) => a.day - b.day);
  return { points: dated.map((d) => d.point) };
}

function notANumber(file: string, at: string, what: string) {
  return { code: 'data-not-a-number' as const, at: 'source' as const, message: `${quote(file)} at ${quote(at)} ${what}.` };
}
