import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { summarizeMap } from '../../../src/codeLinks/mapSummary';
import { childNodes, mapNodes, nodeOffset, nodeText, type JourneyNode } from '../../../src/journeysView/journeyNodes';

const MAP = `cjm: 1
id: checkout
title: Checkout
personas:
  - { id: anna, name: Anna }
  - { id: ben, name: Ben }
channels:
  - { id: web, name: Website, kind: web }
stages:
  - id: discover
    name: Discover
    touchpoints:
      - { id: ad, name: Search ad, channel: web, emotion: 2 }
      - { id: mail, name: Mail, channel: fax, emotion: { anna: -1, ben: -2 } }
  - id: pay
    name: Pay
    touchpoints: []
`;

const OTHER = 'cjm: 1\nid: alpha\ntitle: Alpha\nstages:\n  - { id: s, name: S, touchpoints: [] }\n';

describe('Journey Maps view nodes', () => {
  const summary = summarizeMap(analyze(MAP, { fileName: 'checkout.cjm.yaml' }));
  const [map] = mapNodes([['file:///w/checkout.cjm.yaml', summary]]) as [JourneyNode];
  const refs = (id: string) => (id === 'ad' ? 3 : 0);

  it('sorts maps by title', () => {
    const alpha = summarizeMap(analyze(OTHER, { fileName: 'alpha.cjm.yaml' }));
    assert.deepEqual(mapNodes([['file:///w/checkout.cjm.yaml', summary], ['file:///w/z/alpha.cjm.yaml', alpha]]).map((n) => n.file),
      ['file:///w/z/alpha.cjm.yaml', 'file:///w/checkout.cjm.yaml']);
  });

  it('shows a map with its file and its problem counts', () => {
    assert.deepEqual(nodeText(map, 'checkout.cjm.yaml'), {
      label: 'Checkout',
      description: 'checkout.cjm.yaml · 1 error · 1 warning',
      tooltip: 'Checkout (checkout.cjm.yaml) · 2 stages · 2 touchpoints',
    });
    assert.equal(nodeOffset(map), undefined);
  });

  it('lists stages in journey order with the face of their average emotion and their counts', () => {
    const stages = childNodes(map, refs);
    assert.deepEqual(stages.map((s) => nodeText(s, '').description), ['≈0 😐 · 2 touchpoints · 1 problem', '1 problem']);
    assert.deepEqual(stages.map((s) => nodeOffset(s)), [MAP.indexOf('discover'), MAP.indexOf('id: pay') + 4]);
  });

  it('lists touchpoints with their emotion face, problems and code references', () => {
    const [discover] = childNodes(map, refs) as [JourneyNode];
    const touchpoints = childNodes(discover, refs);
    assert.deepEqual(touchpoints.map((t) => [nodeText(t, '').label, nodeText(t, '').description, nodeOffset(t)]), [
      ['Search ad', '+2 😄 · 3 code references', MAP.indexOf('ad,')],
      ['Mail', '−1 🙁 · 1 problem', MAP.indexOf('mail')],
    ]);
    assert.deepEqual(childNodes(touchpoints[0] as JourneyNode, refs), []);
  });

  it('counts insight findings given with the analysis on the element they are about', () => {
    const finding = { offset: 0, length: 1, severity: 'info' as const, code: 'emotion-drop', message: 'drop', path: ['stages', 0, 'touchpoints', 0, 'emotion'] };
    const withFinding = summarizeMap(analyze(MAP, { fileName: 'checkout.cjm.yaml' }), [finding]);
    const [node] = mapNodes([['file:///w/checkout.cjm.yaml', withFinding]]) as [JourneyNode];
    const [discover] = childNodes(node, refs) as [JourneyNode];
    assert.deepEqual(childNodes(discover, refs).map((t) => nodeText(t, '').description), ['+2 😄 · 1 insight · 3 code references', '−1 🙁 · 1 problem']);
    assert.equal(nodeText(discover, '').description, '≈0 😐 · 2 touchpoints · 1 problem · 1 insight');
  });
});
