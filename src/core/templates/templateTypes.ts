import type { Locale } from '../l10n/locales';

/** The shape of a built-in map template. */
export interface MapTemplate {
  /**
   * Stable id: the English template's is its family's, e.g. `basic` or `saas-onboarding`; a translation's adds its
   * language, e.g. `saas-onboarding.ru`.
   */
  id: string;
  /** The language of the template's texts; its YAML sets the same `lang:`. */
  lang: Locale;
  /** Name shown in the New Map picker, in the template's language. */
  label: string;
  /** One line on what the template is for, in the template's language. */
  description: string;
  /** The YAML text of the new file (no `id:`, so the map id follows the file name). */
  text: string;
}
