/**
 * The map editor's language: the host writes VS Code's language into `<html lang>`, and every text of the map is
 * looked up in it (English for a language without a bundle).
 */
import { resolveLocale, type Locale } from '../src/core/l10n/locales';
import { setActiveLocale } from '../src/core/l10n/translate';

/** Makes the language of `<html lang>` the one the map editor speaks; returns it. Call before the first render. */
export function speakDocumentLanguage(): Locale {
  const locale = resolveLocale(document.documentElement.lang);
  setActiveLocale(locale);
  return locale;
}
