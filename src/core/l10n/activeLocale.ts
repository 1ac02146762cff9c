/**
 * The language texts are written in, for the whole process: set once by the extension host from VS Code's language
 * (or by the command line from `--locale`). Kept on `globalThis`, so that the extension's start-up bundle, which
 * sets it, and the core bundle loaded later, which reads it, share one value. No imports: start-up loads this alone.
 */
import type { Locale } from './locales';

const KEY = Symbol.for('journey-maps.activeLocale');

type LocaleHolder = { [KEY]?: Locale };

/** Makes `locale` the language of `t`, `tPlural` and `formatLocalNumber` from now on. */
export function setActiveLocale(locale: Locale): void {
  (globalThis as LocaleHolder)[KEY] = locale;
}

/** The active language; English until one is set. */
export function activeLocale(): Locale {
  return (globalThis as LocaleHolder)[KEY] ?? 'en';
}
