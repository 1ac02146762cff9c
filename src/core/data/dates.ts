/**
 * Dates of data rows: ISO calendar dates (`2026-03-02`) and ISO weeks (`2026-W09`, the Monday of that
 * week), as day numbers that sort and subtract. A date-time (`2026-03-02T10:00Z`) counts as its date.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date or week, or null when the text is neither (or no such day). */
export function dayNumber(text: string): number | null {
  const trimmed = text.trim();
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(trimmed);
  if (date) return calendarDay(Number(date[1]), Number(date[2]), Number(date[3]));
  const week = /^(\d{4})-?W(\d{2})$/.exec(trimmed);
  if (week) return isoWeekMonday(Number(week[1]), Number(week[2]));
  return null;
}

function calendarDay(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(ms / DAY_MS);
}

/** The Monday of ISO week `week` of ISO year `year` (week 1 holds the year's first Thursday). */
function isoWeekMonday(year: number, week: number): number | null {
  if (week < 1 || week > weeksInIsoYear(year)) return null;
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return Math.round(jan4 / DAY_MS) - jan4Weekday + (week - 1) * 7;
}

function weeksInIsoYear(year: number): number {
  const weekday = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m, d)).getUTCDay();
  // A year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year.
  const jan1 = weekday(year, 0, 1);
  const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/** Today as a day number, from a clock (Date.now by default). */
export function todayNumber(now: number = Date.now()): number {
  return Math.floor(now / DAY_MS);
}
