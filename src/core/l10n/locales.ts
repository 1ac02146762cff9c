/**
 * The languages Journey Maps speaks, and how a language tag from VS Code, a map's `lang:` key or the
 * environment (`LC_ALL`, `LANG`…) resolves to one of them.
 */

/** Every language with a bundle, English first (the language of the source texts). */
export const LOCALES = ['en', 'ru', 'pl', 'lv'] as const;

/** A language Journey Maps speaks. */
export type Locale = (typeof LOCALES)[number];

/** Whether a string is one of the languages Journey Maps speaks. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language for a tag such as `ru`, `pl-PL`, `lv_LV.UTF-8` or `en-us`; English when the tag names a
 * language without a bundle (or is empty).
 */
export function resolveLocale(tag: string | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return isLocale(language) ? language : 'en';
}

/** The language of the environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (POSIX order); English when unset or `C`. */
export function environmentLocale(env: Record<string, string | undefined>): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return resolveLocale(tag);
}
