/**
 * Texts a user reads, in their language. One translator per language; the active one (set once by the extension
 * host from VS Code's language, or by the command line from `--locale`) serves `t` and `tPlural` everywhere.
 *
 * A message is its English text with `{0}`, `{1}`… for values: `t('Unknown channel "{0}".', id)`. A plural
 * message names both English forms, `tPlural(n, '{0} touchpoint', '{0} touchpoints', n)`; a bundle holds one entry
 * per plural category of its language under `<other form>|<category>` (Russian: one, few, many, other).
 */
import { BUNDLES, type Bundle } from './bundles';
import { activeLocale } from './activeLocale';
import { type Locale } from './locales';

/** A value put into a message. */
export type MessageArg = string | number;

/** Texts and numbers in one language. */
export interface Translator {
  readonly locale: Locale;
  /** The message in this language, with its `{n}` filled in. */
  t(message: string, ...args: MessageArg[]): string;
  /** The plural form of the message for `count` in this language, with its `{n}` filled in. */
  tPlural(count: number, one: string, other: string, ...args: MessageArg[]): string;
  /** A number as this language writes it: `6 000`, `59,6` (ru); options as `Intl.NumberFormat`'s. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

/** `{0}`, `{1}`… replaced by the arguments; a placeholder without an argument stays as it is. */
export function fillPlaceholders(text: string, args: readonly MessageArg[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** The key under which a bundle holds the plural form of `other` for a category: `<other>|<category>`. */
export function pluralKey(other: string, category: Intl.LDMLPluralRule): string {
  return `${other}|${category}`;
}

function numberFormatter(locale: Locale): (value: number, options?: Intl.NumberFormatOptions) => string {
  const plain = new Intl.NumberFormat(locale);
  return (value, options) => (options ? new Intl.NumberFormat(locale, options) : plain).format(value);
}

/** The translator of one language. */
export function translatorFor(locale: Locale): Translator {
  const bundle: Bundle = BUNDLES[locale];
  const english: Bundle = BUNDLES.en;
  const rules = new Intl.PluralRules(locale);
  const englishRules = new Intl.PluralRules('en');
  return {
    locale,
    t: (message, ...args) => fillPlaceholders(bundle[message] ?? message, args),
    tPlural: (count, one, other, ...args) => {
      const translated = bundle[pluralKey(other, rules.select(count))];
      const fallback = englishRules.select(count) === 'one' ? (english[pluralKey(other, 'one')] ?? one) : other;
      return fillPlaceholders(translated ?? fallback, args);
    },
    formatNumber: numberFormatter(locale),
  };
}

/** One translator per language, made when first needed (an export in the map's language switches back and forth). */
const translators = new Map<Locale, Translator>();

export { setActiveLocale } from './activeLocale';

/** The translator of the active language (to hand to code that renders in a map's own language by default). */
export function activeTranslator(): Translator {
  const locale = activeLocale();
  let translator = translators.get(locale);
  if (!translator) translators.set(locale, (translator = translatorFor(locale)));
  return translator;
}

/** The message in the active language, with its `{n}` filled in. */
export function t(message: string, ...args: MessageArg[]): string {
  return activeTranslator().t(message, ...args);
}

/** The plural form of the message for `count` in the active language, with its `{n}` filled in. */
export function tPlural(count: number, one: string, other: string, ...args: MessageArg[]): string {
  return activeTranslator().tPlural(count, one, other, ...args);
}

/** A number as the active language writes it. */
export function formatLocalNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return activeTranslator().formatNumber(value, options);
}
