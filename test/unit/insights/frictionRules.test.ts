/** pain-without-opportunity, negative-moment-of-truth and emotion-drop: exact ranges, messages and edges. */
import { edit } from '../core/analyzeTestKit';
import { expectFindings, expectNone } from './insightsTestKit';

const PAINS = `cjm: 1
title: Shop
stages:
  - id: buy
    name: Buy
    pains: [Slow page]
    backstage: { owners: [Web] }
    touchpoints:
      - id: pay
        name: Card payment
        pains: [Card declined, 3-D Secure loop]
`;

describe('insight pain-without-opportunity', () => {
  it('flags the pains key of a stage and of a touchpoint that have no opportunities', () => {
    expectFindings(PAINS, 'pain-without-opportunity', [
      { pattern: '«pains»: [Slow page]', message: 'Stage "Buy" lists 1 pain but no opportunities: add an idea to fix it under "opportunities:".' },
      { pattern: '«pains»: [Card declined', message: 'Touchpoint "Card payment" lists 2 pains but neither it nor its stage "Buy" has opportunities: add an idea under "opportunities:".' },
    ]);
  });

  it('counts a stage\'s opportunities for its touchpoints', () => {
    expectNone(edit(PAINS, '    pains: [Slow page]\n', '    pains: [Slow page]\n    opportunities: [Faster page]\n'), 'pain-without-opportunity');
  });

  it('counts a touchpoint\'s own opportunities for it only, not for its stage', () => {
    const text = edit(PAINS, '        pains: [Card declined, 3-D Secure loop]\n', '        pains: [Card declined, 3-D Secure loop]\n        opportunities: [Retry]\n');
    expectFindings(text, 'pain-without-opportunity', [
      { pattern: '«pains»: [Slow page]', message: 'Stage "Buy" lists 1 pain but no opportunities: add an idea to fix it under "opportunities:".' },
    ]);
  });

  it('ignores empty lists: no pains, or an empty opportunities list that does not count', () => {
    expectNone(edit(edit(PAINS, 'pains: [Slow page]', 'pains: []'), 'pains: [Card declined, 3-D Secure loop]', 'pains: []'), 'pain-without-opportunity');
    const emptyIdeas = edit(PAINS, '    pains: [Slow page]\n', '    pains: [Slow page]\n    opportunities: []\n');
    expectFindings(emptyIdeas, 'pain-without-opportunity', [
      { pattern: '«pains»: [Slow page]', message: 'Stage "Buy" lists 1 pain but no opportunities: add an idea to fix it under "opportunities:".' },
      { pattern: '«pains»: [Card declined', message: 'Touchpoint "Card payment" lists 2 pains but neither it nor its stage "Buy" has opportunities: add an idea under "opportunities:".' },
    ]);
  });
});

const MOMENT = `cjm: 1
title: Shop
personas:
  - { id: anna, name: Anna }
  - { id: ben, name: Ben }
stages:
  - id: buy
    name: Buy
    backstage: { owners: [Web] }
    touchpoints:
      - id: pay
        name: Card payment
        emotion: -1
        moment-of-truth: true
`;

describe('insight negative-moment-of-truth', () => {
  it('flags the moment-of-truth value when the emotion is -1 (the edge)', () => {
    expectFindings(MOMENT, 'negative-moment-of-truth', [{ pattern: 'moment-of-truth: «true»', severity: 'warning',
      message: 'Moment of truth "Card payment" feels negative (-1) and has no opportunity to improve it: add one under "opportunities:".' }]);
  });

  it('does not fire at emotion 0, without moment-of-truth, or with an opportunity on the touchpoint or its stage', () => {
    expectNone(edit(MOMENT, 'emotion: -1', 'emotion: 0'), 'negative-moment-of-truth');
    expectNone(edit(MOMENT, 'moment-of-truth: true', 'moment-of-truth: false'), 'negative-moment-of-truth');
    expectNone(edit(MOMENT, '        emotion: -1\n', '        emotion: -1\n        opportunities: [Save the card]\n'), 'negative-moment-of-truth');
    expectNone(edit(MOMENT, '    backstage:', '    opportunities: [One-click pay]\n    backstage:'), 'negative-moment-of-truth');
  });

  it('names each persona whose emotion is -1 or less, and only personas the touchpoint serves', () => {
    const perPersona = edit(MOMENT, 'emotion: -1', 'emotion: { anna: -2, ben: 0 }');
    expectFindings(perPersona, 'negative-moment-of-truth', [{ pattern: 'moment-of-truth: «true»',
      message: 'Moment of truth "Card payment" feels negative (anna: -2) and has no opportunity to improve it: add one under "opportunities:".' }]);
    expectNone(edit(MOMENT, 'emotion: -1', 'emotion: { anna: 0, ben: 1 }'), 'negative-moment-of-truth');
    const onlyBen = edit(perPersona, '        emotion:', '        personas: [ben]\n        emotion:');
    expectNone(onlyBen, 'negative-moment-of-truth');
  });
});

const CURVE = `cjm: 1
title: Shop
personas:
  - { id: anna, name: Anna }
  - { id: ben, name: Ben }
stages:
  - id: find
    name: Find
    backstage: { owners: [Web] }
    touchpoints:
      - { id: ad, name: Search ad, emotion: 1 }
      - { id: faq, name: FAQ }
  - id: buy
    name: Buy
    backstage: { owners: [Web] }
    touchpoints:
      - { id: pay, name: Card payment, emotion: -1 }
`;

describe('insight emotion-drop', () => {
  it('flags a fall of 2 (the edge) across stages, skipping touchpoints without an emotion; one finding names every persona', () => {
    expectFindings(CURVE, 'emotion-drop', [{ pattern: 'Card payment, emotion: «-1»',
      message: 'Emotion drops by 2 for anna, ben: from 1 at "Search ad" to -1 at "Card payment".' }]);
  });

  it('does not fire for a fall of 1 or a rise', () => {
    expectNone(edit(CURVE, 'emotion: -1', 'emotion: 0'), 'emotion-drop');
    expectNone(edit(CURVE, 'emotion: 1 }', 'emotion: -2 }'), 'emotion-drop');
  });

  it('follows each persona on its own: its own value, at that persona\'s value in the map', () => {
    const text = edit(CURVE, 'emotion: -1 }', 'emotion: { anna: -2, ben: 0 } }');
    expectFindings(text, 'emotion-drop', [{ pattern: 'emotion: { anna: «-2», ben',
      message: 'Emotion drops by 3 for anna: from 1 at "Search ad" to -2 at "Card payment".' }]);
  });

  it('skips touchpoints that do not serve a persona', () => {
    const text = edit(CURVE, '{ id: pay, name: Card payment, emotion: -1 }', '{ id: pay, name: Card payment, personas: [ben], emotion: -1 }');
    expectFindings(text, 'emotion-drop', [{ pattern: 'emotion: «-1»',
      message: 'Emotion drops by 2 for ben: from 1 at "Search ad" to -1 at "Card payment".' }]);
  });

  it('works without personas: one curve for everyone', () => {
    const text = CURVE.replace('personas:\n  - { id: anna, name: Anna }\n  - { id: ben, name: Ben }\n', '');
    expectFindings(text, 'emotion-drop', [{ pattern: 'emotion: «-1»',
      message: 'Emotion drops by 2: from 1 at "Search ad" to -1 at "Card payment".' }]);
  });
});
