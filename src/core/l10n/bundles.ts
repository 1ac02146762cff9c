/**
 * The translation bundles, in the VS Code convention (`l10n/bundle.l10n.<lang>.json`: English text → translation),
 * built into the extension, the command line and the map editor so that all three speak from the same files.
 */
import english from '../../../l10n/bundle.l10n.json';
import latvian from '../../../l10n/bundle.l10n.lv.json';
import polish from '../../../l10n/bundle.l10n.pl.json';
import russian from '../../../l10n/bundle.l10n.ru.json';
import type { Locale } from './locales';

/** English text (or a plural key `<other form>|<category>`) → the text in one language. */
export type Bundle = Readonly<Record<string, string>>;

/** Each language's bundle; English holds the plural forms of English and every key, as the source of the others. */
export const BUNDLES: Readonly<Record<Locale, Bundle>> = { en: english, ru: russian, pl: polish, lv: latvian };
