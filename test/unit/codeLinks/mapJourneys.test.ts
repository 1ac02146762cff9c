import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { summarizeMap } from '../../../src/codeLinks/mapSummary';
import { ReferenceStore } from '../../../src/codeLinks/referenceStore';
import { journeysOf } from '../../../src/journeysView/mapJourneys';

const SUPPORT = `cjm: 1
id: support
title: Support line
stages:
  - id: call
    name: Call the line
    journey: support/solve
  - id: solve
    name: Get it solved
`;

const HUB = `cjm: 1
id: hub
title: Journey hub
stages:
  - id: ask
    name: Ask for help
    journey: support/call
    touchpoints:
      - { id: form, name: Help form, journey: support }
`;

function store(): ReferenceStore {
  const s = new ReferenceStore();
  s.setMap('file:///support.cjm.yaml', summarizeMap(analyze(SUPPORT, { fileName: 'support.cjm.yaml' })));
  s.setMap('file:///hub.cjm.yaml', summarizeMap(analyze(HUB, { fileName: 'hub.cjm.yaml' })));
  return s;
}

describe('journeysOf (what the map editor shows of journey: links)', () => {
  it('names the target map, and its stage when the link names a known one; leaves out unknown maps', () => {
    const { targets } = journeysOf(store(), 'hub', ['support/call', 'support', 'support/nope', 'suport']);
    assert.deepEqual(targets, {
      'support/call': { title: 'Support line', stageName: 'Call the line' },
      support: { title: 'Support line' },
      'support/nope': { title: 'Support line' },
    });
  });

  it('lists the stages and touchpoints of other maps that link into the map, not its own links to itself', () => {
    assert.deepEqual(journeysOf(store(), 'support', []).incoming, [
      { link: 'hub', mapTitle: 'Journey hub', fromName: 'Ask for help' },
      { link: 'hub', mapTitle: 'Journey hub', fromName: 'Help form' },
    ]);
    assert.deepEqual(journeysOf(store(), undefined, []).incoming, []);
  });
});
