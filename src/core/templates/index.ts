/**
 * The built-in map templates, as TypeScript modules holding YAML text so they ship in every bundle (Node,
 * the browser extension host and the CLI) without file access.
 */
import { basicTemplate } from './basic';
import { emotionsTemplate } from './emotions';
import { channelsTemplate } from './channels';
import { personaTemplate } from './persona';
import { internalTemplate } from './internal';
import { saasOnboardingTemplate } from './saasOnboarding';
import { ecommerceCheckoutTemplate } from './ecommerceCheckout';
import { restaurantVisitTemplate } from './restaurantVisit';
import { bankOmnichannelTemplate } from './bankOmnichannel';
import type { MapTemplate } from './templateTypes';

export type { MapTemplate } from './templateTypes';

/** Every built-in template, in the order the New Map picker shows them: map types first, then industries. */
export const MAP_TEMPLATES: readonly MapTemplate[] = [
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

/** The template with this id, if there is one. */
export function findTemplate(id: string): MapTemplate | undefined {
  return MAP_TEMPLATES.find((t) => t.id === id);
}
