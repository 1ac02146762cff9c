/** The built-in templates in Latvian, written for Latvian teams, in the same order as the English ones. */
import type { MapTemplate } from '../templateTypes';
import { bankOmnichannelTemplateLv } from './bankOmnichannel';
import { basicTemplateLv } from './basic';
import { channelsTemplateLv } from './channels';
import { ecommerceCheckoutTemplateLv } from './ecommerceCheckout';
import { emotionsTemplateLv } from './emotions';
import { internalTemplateLv } from './internal';
import { personaTemplateLv } from './persona';
import { restaurantVisitTemplateLv } from './restaurantVisit';
import { saasOnboardingTemplateLv } from './saasOnboarding';

/** The Latvian templates: map types first, then industries. */
export const LATVIAN_TEMPLATES: readonly MapTemplate[] = [
  basicTemplateLv, emotionsTemplateLv, channelsTemplateLv, personaTemplateLv, internalTemplateLv,
  saasOnboardingTemplateLv, ecommerceCheckoutTemplateLv, restaurantVisitTemplateLv, bankOmnichannelTemplateLv,
];
