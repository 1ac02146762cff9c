/** unowned-stage and persona-gap: exact ranges, messages and edges. */
import { edit } from '../core/analyzeTestKit';
import { expectFindings, expectNone } from './insightsTestKit';

const STAGES = `cjm: 1
title: Shop
personas:
  - { id: anna, name: Anna }
  - { id: ben, name: Ben }
  - { id: carl, name: Carl }
stages:
  - id: find
    name: "Find a shop"
    touchpoints:
      - { id: ad, name: Search ad, personas: [anna] }
      - { id: blog, name: Blog, personas: [ben] }
`;

describe('insight unowned-stage', () => {
  it('flags the stage name (without its quotes) when no touchpoint has an owner and there are no backstage owners', () => {
    expectFindings(STAGES, 'unowned-stage', [{ pattern: 'name: "«Find a shop»"',
      message: 'Nobody owns stage "Find a shop": no touchpoint has an "owner" and the stage has no "backstage: { owners: [...] }".' }]);
  });

  it('is quiet when one touchpoint has an owner or the stage has backstage owners', () => {
    expectNone(edit(STAGES, 'name: Blog,', 'name: Blog, owner: Content team,'), 'unowned-stage');
    expectNone(edit(STAGES, '    touchpoints:', '    backstage: { owners: [Marketing] }\n    touchpoints:'), 'unowned-stage');
  });

  it('does not count an empty owners list or a blank owner', () => {
    const text = edit(edit(STAGES, '    touchpoints:', '    backstage: { owners: [] }\n    touchpoints:'), 'name: Blog,', 'name: Blog, owner: " ",');
    expectFindings(text, 'unowned-stage', [{ pattern: 'name: "«Find a shop»"',
      message: 'Nobody owns stage "Find a shop": no touchpoint has an "owner" and the stage has no "backstage: { owners: [...] }".' }]);
  });
});

describe('insight persona-gap', () => {
  it('flags the stage name once per persona that has no touchpoint where others have one', () => {
    expectFindings(STAGES, 'persona-gap', [{ pattern: 'name: "«Find a shop»"',
      message: 'Persona "carl" has no touchpoint in stage "Find a shop", where anna, ben have one.' }]);
    const twoMissing = edit(STAGES, 'name: Blog, personas: [ben]', 'name: Blog, personas: [anna]');
    expectFindings(twoMissing, 'persona-gap', [
      { pattern: 'name: "«Find a shop»"', message: 'Persona "ben" has no touchpoint in stage "Find a shop", where anna has one.' },
      { pattern: 'name: "«Find a shop»"', message: 'Persona "carl" has no touchpoint in stage "Find a shop", where anna has one.' },
    ]);
  });

  it('counts a touchpoint without personas for everyone', () => {
    expectNone(edit(STAGES, '{ id: blog, name: Blog, personas: [ben] }', '{ id: blog, name: Blog }'), 'persona-gap');
  });

  it('is quiet when every persona is served, for a stage nobody meets, and for a map of one persona', () => {
    expectNone(edit(STAGES, 'personas: [ben]', 'personas: [ben, carl]'), 'persona-gap');
    expectNone(edit(edit(STAGES, 'personas: [anna]', 'personas: []'), 'personas: [ben]', 'personas: []'), 'persona-gap');
    const onePersona = `cjm: 1
title: Shop
personas:
  - { id: anna, name: Anna }
stages:
  - id: find
    name: Find
    touchpoints:
      - { id: ad, name: Search ad, personas: [] }
`;
    expectNone(onePersona, 'persona-gap');
  });
});
