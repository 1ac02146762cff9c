/**
 * The language an export is written in: the map's `lang:`, else the active language (VS Code's in the extension,
 * `--locale` on the command line). Every export renderer takes this translator instead of using `t`, so a Russian
 * map exports in Russian from an English VS Code.
 */
import type { CjmMap } from '../schema';
import { activeTranslator, setActiveLocale, translatorFor, type Translator } from '../l10n/translate';

/** The translator of the map's export language. */
export function exportTranslator(map: Pick<CjmMap, 'lang'>): Translator {
  return translatorFor(map.lang ?? activeTranslator().locale);
}

/**
 * Runs a synchronous render with the translator's language active and restores the previous one after. Only for
 * renderers that read the active language themselves (the map editor's components behind the HTML export);
 * nothing else can run in between, since the render does not await.
 */
export function renderInLanguage<T>(translator: Translator, render: () => T): T {
  const previous = activeTranslator().locale;
  setActiveLocale(translator.locale);
  try {
    return render();
  } finally {
    setActiveLocale(previous);
  }
}
