/**
 * The built-in map templates, as TypeScript modules holding YAML text so they ship in every bundle (Node,
 * the browser extension host and the CLI) without file access. Each template exists in English (id `basic`)
 * and in Russian, Polish and Latvian (ids `basic.ru`, `basic.pl`, `basic.lv`), written for that language.
 */
import { LOCALES, type Locale } from '../l10n/locales';
import { basicTemplate } from './basic';
import { emotionsTemplate } from './emotions';
import { channelsTemplate } from './channels';
import { personaTemplate } from './persona';
import { internalTemplate } from './internal';
import { saasOnboardingTemplate } from './saasOnboarding';
import { ecommerceCheckoutTemplate } from './ecommerceCheckout';
import { restaurantVisitTemplate } from './restaurantVisit';
import { bankOmnichannelTemplate } from './bankOmnichannel';
import { LATVIAN_TEMPLATES } from './lv';
import { POLISH_TEMPLATES } from './pl';
import { RUSSIAN_TEMPLATES } from './ru';
import type { MapTemplate } from './templateTypes';

export type { MapTemplate } from './templateTypes';

/** The English templates, in the order the New Map picker shows each language's: map types first, then industries. */
const ENGLISH_TEMPLATES: readonly MapTemplate[] = [
  basicTemplate,
  emotionsTemplate,
  channelsTemplate,
  personaTemplate,
  internalTemplate,
  saasOnboardingTemplate,
  ecommerceCheckoutTemplate,
  restaurantVisitTemplate,
  bankOmnichannelTemplate,
];

/** How many templates of each language are map types (the rest are industry examples). */
export const MAP_TYPE_TEMPLATE_COUNT = 5;

/** Every built-in template: the English ones, then the Russian, Polish and Latvian ones, each in the same order. */
export const MAP_TEMPLATES: readonly MapTemplate[] = [...ENGLISH_TEMPLATES, ...RUSSIAN_TEMPLATES, ...POLISH_TEMPLATES, ...LATVIAN_TEMPLATES];

/** Each language's name in that language, as the New Map picker shows it beside a template. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ru: 'Русский', pl: 'Polski', lv: 'Latviešu' };

/** The template with this id, if there is one. */
export function findTemplate(id: string): MapTemplate | undefined {
  return MAP_TEMPLATES.find((t) => t.id === id);
}

/** The templates of one language, in picker order. */
export function templatesIn(locale: Locale): MapTemplate[] {
  return MAP_TEMPLATES.filter((t) => t.lang === locale);
}

/** The id of a template's family, the same in every language: `saas-onboarding` for `saas-onboarding.ru`. */
export function templateFamily(template: MapTemplate): string {
  return template.id.replace(/\.(en|ru|pl|lv)$/, '');
}

/** A group of the New Map picker: the first language's map types or examples, or all templates of another language. */
export interface TemplateGroup {
  kind: 'map-types' | 'examples' | 'language';
  lang: Locale;
  templates: MapTemplate[];
}

/** The New Map picker's groups: `first`'s (VS Code's language) map types and examples, then each other language's. */
export function templateGroups(first: Locale): TemplateGroup[] {
  const own = templatesIn(first);
  return [
    { kind: 'map-types', lang: first, templates: own.slice(0, MAP_TYPE_TEMPLATE_COUNT) },
    { kind: 'examples', lang: first, templates: own.slice(MAP_TYPE_TEMPLATE_COUNT) },
    ...LOCALES.filter((l) => l !== first).map((lang): TemplateGroup => ({ kind: 'language', lang, templates: templatesIn(lang) })),
  ];
}
