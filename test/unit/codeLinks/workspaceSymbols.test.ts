import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { summarizeMap } from '../../../src/codeLinks/mapSummary';
import { ReferenceStore } from '../../../src/codeLinks/referenceStore';
import { matchesQuery, workspaceSymbols } from '../../../src/codeLinks/workspaceSymbols';

const CHECKOUT = `cjm: 1
id: checkout
title: Оформление заказа
personas:
  - { id: anna, name: Анна }
channels:
  - { id: web, name: Website, kind: web }
stages:
  - id: pay
    name: Оплата
    touchpoints:
      - id: card-form
        name: Форма карты
        channel: web
`;

const SUPPORT = `cjm: 1
id: support
title: Support
channels:
  - { id: phone, name: Phone, kind: phone }
stages:
  - id: call
    name: Call us
    touchpoints:
      - { id: hotline, name: Hotline, channel: phone }
`;

function storeOf(files: Record<string, string>): ReferenceStore {
  const store = new ReferenceStore();
  for (const [file, text] of Object.entries(files)) store.setMap(file, summarizeMap(analyze(text, { fileName: file })));
  return store;
}

describe('workspace symbols', () => {
  const store = storeOf({ 'file:///w/checkout.cjm.yaml': CHECKOUT, 'file:///w/support.cjm.yaml': SUPPORT });

  it('lists maps, stages, touchpoints and personas with their container and exact id position', () => {
    const all = workspaceSymbols(store, '');
    assert.deepEqual(all.map((s) => [s.kind, s.name, s.container, s.file.slice(10), s.start.line, s.start.character, s.length]), [
      ['map', 'Оформление заказа', '', 'checkout.cjm.yaml', 1, 4, 8],
      ['stage', 'Оплата', 'Оформление заказа', 'checkout.cjm.yaml', 8, 8, 3],
      ['touchpoint', 'Форма карты', 'Оформление заказа › Оплата', 'checkout.cjm.yaml', 11, 12, 9],
      ['persona', 'Анна', 'Оформление заказа', 'checkout.cjm.yaml', 4, 10, 4],
      ['map', 'Support', '', 'support.cjm.yaml', 1, 4, 7],
      ['stage', 'Call us', 'Support', 'support.cjm.yaml', 6, 8, 4],
      ['touchpoint', 'Hotline', 'Support › Call us', 'support.cjm.yaml', 9, 14, 7],
    ]);
  });

  it('matches a query against the name or the id, characters in order, any case', () => {
    assert.deepEqual(workspaceSymbols(store, 'карты').map((s) => s.name), ['Форма карты']);
    assert.deepEqual(workspaceSymbols(store, 'cardf').map((s) => s.name), ['Форма карты']);
    assert.deepEqual(workspaceSymbols(store, 'HOTL').map((s) => s.name), ['Hotline']);
    assert.deepEqual(workspaceSymbols(store, 'zzz'), []);
  });

  it('stops at the limit', () => {
    assert.equal(workspaceSymbols(store, '', 3).length, 3);
  });

  it('follows a map that changed in the index', () => {
    const local = storeOf({ 'file:///w/support.cjm.yaml': SUPPORT });
    local.setMap('file:///w/support.cjm.yaml', summarizeMap(analyze(SUPPORT.replace('Hotline', 'Callback'), { fileName: 'support.cjm.yaml' })));
    assert.deepEqual(workspaceSymbols(local, 'back').map((s) => s.name), ['Callback']);
  });
});

describe('matchesQuery', () => {
  it('needs every query character in order', () => {
    assert.equal(matchesQuery('sad', 'Search ad'), true);
    assert.equal(matchesQuery('das', 'Search ad'), false);
    assert.equal(matchesQuery('search ad', 'Search-ad'), true);
    assert.equal(matchesQuery('', 'x'), true);
  });
});
