/** A small map every diff test changes a copy of. */
import type { CjmMap } from '../../../src/core/schema';

/** The base map: two personas, two channels, a lane, three stages. */
export const BASE: CjmMap = {
  cjm: 1,
  id: 'shop',
  title: 'Shop',
  personas: [{ id: 'anna', name: 'Anna' }, { id: 'ben', name: 'Ben' }],
  channels: [{ id: 'web', name: 'Website', kind: 'web' }, { id: 'app', name: 'App' }],
  lanes: [{ id: 'questions', name: 'Questions' }],
  stages: [
    {
      id: 'discover', name: 'Discover', emotion: 1, pains: ['Too many shops'], lanes: { questions: ['Where is it?'] },
      metrics: [{ id: 'visitors', name: 'Visitors', value: 100, target: 150 }],
      touchpoints: [
        { id: 'ad', name: 'Search ad', channel: 'web', emotion: 1 },
        { id: 'landing', name: 'Landing page', channel: 'web' },
      ],
    },
    {
      id: 'buy', name: 'Buy', emotion: { anna: 1, ben: -1 },
      touchpoints: [
        { id: 'basket', name: 'Basket', channel: 'web', pains: ['Slow', 'Ugly'] },
        { id: 'pay', name: 'Pay', channel: 'app', owner: 'Payments', 'moment-of-truth': true,
          metrics: [{ id: 'conversion', name: 'Conversion', value: 40, target: 60 }] },
        { id: 'receipt', name: 'Receipt', channel: 'app' },
      ],
    },
    { id: 'return', name: 'Return', touchpoints: [{ id: 'email', name: 'Thank-you email', channel: 'web' }] },
  ],
};

/** A deep copy of the base map to change. */
export function copy(): CjmMap {
  return structuredClone(BASE);
}
