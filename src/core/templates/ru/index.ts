/** The built-in templates in Russian, written for Russian-speaking teams, in the same order as the English ones. */
import type { MapTemplate } from '../templateTypes';
import { bankOmnichannelTemplateRu } from './bankOmnichannel';
import { basicTemplateRu } from './basic';
import { channelsTemplateRu } from './channels';
import { ecommerceCheckoutTemplateRu } from './ecommerceCheckout';
import { emotionsTemplateRu } from './emotions';
import { internalTemplateRu } from './internal';
import { personaTemplateRu } from './persona';
import { restaurantVisitTemplateRu } from './restaurantVisit';
import { saasOnboardingTemplateRu } from './saasOnboarding';

/** The Russian templates: map types first, then industries. */
export const RUSSIAN_TEMPLATES: readonly MapTemplate[] = [
  basicTemplateRu, emotionsTemplateRu, channelsTemplateRu, personaTemplateRu, internalTemplateRu,
  saasOnboardingTemplateRu, ecommerceCheckoutTemplateRu, restaurantVisitTemplateRu, bankOmnichannelTemplateRu,
];
