import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { journeyLinksOf, unknownJourneyProblems, type JourneyCatalog } from '../../../src/core/journeyLinks';

const MAP = `cjm: 1
id: checkout
title: Checkout
channels:
  - { id: web, name: Website, kind: web }
stages:
  - id: pay
    name: Pay
    journey: "payments/card"
    touchpoints:
      - id: help
        name: Help
        channel: web
        journey: suport
      - { id: refund, name: Refund, channel: web, journey: payments/refnd }
`;

const CATALOG: JourneyCatalog = {
  mapIds: () => ['payments', 'support'],
  stageIdsOf: (id) => ({ payments: ['card', 'refund'], support: ['call'] } as Record<string, string[]>)[id],
};

describe('journey links', () => {
  const analysis = analyze(MAP, { fileName: 'checkout.cjm.yaml' });

  it('reads every link with the exact range of its value (quotes excluded)', () => {
    assert.deepEqual(analysis.problems, []);
    assert.deepEqual(journeyLinksOf(analysis).map((l) => [l.from, l.fromId, l.mapId, l.stageId, MAP.slice(l.offset, l.offset + l.length)]), [
      ['stage', 'pay', 'payments', 'card', 'payments/card'],
      ['touchpoint', 'help', 'suport', undefined, 'suport'],
      ['touchpoint', 'refund', 'payments', 'refnd', 'payments/refnd'],
    ]);
  });

  it('reports an unknown map on its id and an unknown stage on the stage part, with did-you-mean', () => {
    const problems = unknownJourneyProblems(journeyLinksOf(analysis), CATALOG);
    assert.deepEqual(problems.map((p) => [p.code, p.severity, MAP.slice(p.offset, p.offset + p.length), p.message, p.suggestion]), [
      ['unknown-journey', 'error', 'suport', 'Unknown journey "suport": no map in the workspace has this id. Did you mean "support"?', 'support'],
      ['unknown-journey', 'error', 'refnd', 'Map "payments" has no stage "refnd". Did you mean "refund"?', 'refund'],
    ]);
  });

  it('says nothing of links to known maps and stages', () => {
    const fixed = analyze(MAP.replace('suport', 'support').replace('refnd', 'refund'), { fileName: 'checkout.cjm.yaml' });
    assert.deepEqual(unknownJourneyProblems(journeyLinksOf(fixed), CATALOG), []);
  });

  it('rejects a link that is not <map-id> or <map-id>/<stage-id> in the schema', () => {
    const bad = analyze(MAP.replace('journey: suport', 'journey: a/b/c'), { fileName: 'checkout.cjm.yaml' });
    assert.deepEqual(bad.problems.map((p) => [p.code, MAP.replace('journey: suport', 'journey: a/b/c').slice(p.offset, p.offset + p.length), p.message]), [
      ['invalid-value', 'a/b/c', 'Invalid journey link "a/b/c": write the id of another map, "<map-id>", or one of its stages, "<map-id>/<stage-id>".'],
    ]);
  });
});
