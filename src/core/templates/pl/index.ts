/** The built-in templates in Polish, written for Polish teams, in the same order as the English ones. */
import type { MapTemplate } from '../templateTypes';
import { bankOmnichannelTemplatePl } from './bankOmnichannel';
import { basicTemplatePl } from './basic';
import { channelsTemplatePl } from './channels';
import { ecommerceCheckoutTemplatePl } from './ecommerceCheckout';
import { emotionsTemplatePl } from './emotions';
import { internalTemplatePl } from './internal';
import { personaTemplatePl } from './persona';
import { restaurantVisitTemplatePl } from './restaurantVisit';
import { saasOnboardingTemplatePl } from './saasOnboarding';

/** The Polish templates: map types first, then industries. */
export const POLISH_TEMPLATES: readonly MapTemplate[] = [
  basicTemplatePl, emotionsTemplatePl, channelsTemplatePl, personaTemplatePl, internalTemplatePl,
  saasOnboardingTemplatePl, ecommerceCheckoutTemplatePl, restaurantVisitTemplatePl, bankOmnichannelTemplatePl,
];
