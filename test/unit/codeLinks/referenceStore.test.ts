import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { scanCodeReferences } from '../../../src/core/codeReferences';
import { summarizeMap } from '../../../src/codeLinks/mapSummary';
import { ReferenceStore } from '../../../src/codeLinks/referenceStore';

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
      - id: search-ad
        name: Search ad
        channel: web
        emotion: 1
      - id: mail
        channel: web
        emotion: { anna: -1, ben: 2 }
`;

describe('code links: map summary', () => {
  const summary = summarizeMap(analyze(MAP, { fileName: 'checkout.cjm.yaml' }));

  it('keeps the map id and each touchpoint with its exact id range', () => {
    assert.equal(summary.mapId, 'checkout');
    assert.deepEqual(summary.touchpoints.map((t) => [t.id, t.offset, t.length, t.start.line, t.start.character]), [
      ['search-ad', MAP.indexOf('search-ad'), 9, 12, 12],
      ['mail', MAP.indexOf('id: mail') + 4, 4, 16, 12],
    ]);
    assert.deepEqual(summary.idStart, { line: 1, character: 4 });
  });

  it('labels a touchpoint by name, stage, channel and emotion (per persona too)', () => {
    assert.deepEqual(summary.touchpoints.map((t) => t.label), ['Search ad · Discover · Website · +1', 'mail · Discover · Website · anna −1 / ben +2']);
  });

  it('defaults the map id to the file name', () => {
    assert.equal(summarizeMap(analyze(MAP.replace('id: checkout\n', ''), { fileName: 'shop.cjm.yaml' })).mapId, 'shop');
  });
});

describe('code links: reference store', () => {
  const refs = (text: string) => scanCodeReferences(text).references;
  function store(): ReferenceStore {
    const s = new ReferenceStore();
    s.setMap('/w/checkout.cjm.yaml', summarizeMap(analyze(MAP, { fileName: 'checkout.cjm.yaml' })));
    s.setSource('/w/src/b.ts', refs('// cjm: checkout/search-ad\n// cjm: checkout/mail\n'));
    s.setSource('/w/src/a.py', refs('# cjm: checkout/search-ad\n# cjm: other/x\n'));
    s.setSource('/w/lib/c.go', refs('// cjm: checkout/search-ad\n'));
    return s;
  }

  it('answers which maps and touchpoints exist', () => {
    const s = store();
    assert.deepEqual(s.mapIds(), ['checkout']);
    assert.deepEqual(s.touchpointIds('checkout'), ['search-ad', 'mail']);
    assert.equal(s.touchpointIds('other'), undefined);
    assert.deepEqual(s.findTouchpoint('checkout', 'mail').map((t) => [t.file, t.touchpoint.start.line]), [['/w/checkout.cjm.yaml', 16]]);
  });

  it('lists references to a touchpoint by file then offset, and counts them per touchpoint', () => {
    const s = store();
    assert.deepEqual(s.referencesTo('checkout', 'search-ad').map((r) => `${r.file}:${r.reference.start.line}`),
      ['/w/lib/c.go:0', '/w/src/a.py:0', '/w/src/b.ts:0']);
    assert.equal(s.referencesTo('checkout').length, 4);
    assert.deepEqual([...s.countsFor('checkout')], [['search-ad', 3], ['mail', 1]]);
  });

  it('says whether re-reading a file changed what the index knows (unchanged files fire nothing)', () => {
    const s = store();
    assert.equal(s.setSource('/w/src/b.ts', refs('// cjm: checkout/search-ad\n// cjm: checkout/mail\n')), false);
    assert.equal(s.setSource('/w/src/b.ts', refs('\n// cjm: checkout/search-ad\n// cjm: checkout/mail\n')), true);
    assert.equal(s.setSource('/w/new.ts', []), false);
    const summary = summarizeMap(analyze(MAP, { fileName: 'checkout.cjm.yaml' }));
    assert.equal(s.setMap('/w/checkout.cjm.yaml', summary), false);
    assert.equal(s.setMap('/w/checkout.cjm.yaml', summarizeMap(analyze(MAP.replace('Search ad', 'Ad'), {}))), true);
  });

  it('forgets a deleted file, a deleted folder, and a file whose references were removed', () => {
    const s = store();
    assert.equal(s.remove('/w/lib/c.go'), true);
    assert.equal(s.remove('/w/lib/c.go'), false);
    assert.equal(s.removeUnder('/w/src'), true);
    assert.equal(s.referencesTo('checkout').length, 0);
    s.setSource('/w/x.ts', refs('// cjm: checkout/mail'));
    s.setSource('/w/x.ts', refs('// nothing now'));
    assert.deepEqual(s.size, { maps: 1, sourcesWithReferences: 0, references: 0 });
  });
});
