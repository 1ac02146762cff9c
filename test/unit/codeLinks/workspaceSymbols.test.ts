import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { summarizeMap } from '../../../src/codeLinks/mapSummary';
import { ReferenceStore } from '../../../src/codeLinks/referenceStore';
import { matchesQuery, workspaceSymbols } from '../../../src/codeLinks/workspaceSymbols';
import { analyzePersonasFile } from '../../../src/core/sharedPersonas/personasFile';

/** What the provider does: the file's last path segment, decoded (here, what follows the last slash, in capitals, so the test sees it is used). */
const fileName = (file: string) => file.slice(file.lastIndexOf('/') + 1).toUpperCase();

const TEAM = `personas:
  - id: olga
    name: Ольга, медсестра
  - id: piotr
    name: Piotr
`;

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
    const all = workspaceSymbols(store, '', fileName);
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
    assert.deepEqual(workspaceSymbols(store, 'карты', fileName).map((s) => s.name), ['Форма карты']);
    assert.deepEqual(workspaceSymbols(store, 'cardf', fileName).map((s) => s.name), ['Форма карты']);
    assert.deepEqual(workspaceSymbols(store, 'HOTL', fileName).map((s) => s.name), ['Hotline']);
    assert.deepEqual(workspaceSymbols(store, 'zzz', fileName), []);
  });

  it('stops at the limit', () => {
    assert.equal(workspaceSymbols(store, '', fileName, 3).length, 3);
  });

  it('follows a map that changed in the index', () => {
    const local = storeOf({ 'file:///w/support.cjm.yaml': SUPPORT });
    local.setMap('file:///w/support.cjm.yaml', summarizeMap(analyze(SUPPORT.replace('Hotline', 'Callback'), { fileName: 'support.cjm.yaml' })));
    assert.deepEqual(workspaceSymbols(local, 'back', fileName).map((s) => s.name), ['Callback']);
  });
});

describe('workspace symbols of personas files', () => {
  it('lists each shared persona by its name, its personas file as container, at its id', () => {
    const store = storeOf({ 'file:///w/support.cjm.yaml': SUPPORT });
    store.setPersonasFile('file:///w/people/team.personas.yaml', analyzePersonasFile(TEAM));
    assert.deepEqual(workspaceSymbols(store, 'o', fileName).filter((s) => s.kind === 'persona')
      .map((s) => [s.name, s.container, s.file.slice(10), s.start.line, s.start.character, s.length]), [
      ['Ольга, медсестра', 'TEAM.PERSONAS.YAML', 'people/team.personas.yaml', 1, 8, 4],
      ['Piotr', 'TEAM.PERSONAS.YAML', 'people/team.personas.yaml', 3, 8, 5],
    ]);
    assert.deepEqual(workspaceSymbols(store, 'olga', fileName).map((s) => s.name), ['Ольга, медсестра'], 'found by id');
  });

  it('names a persona by its id where the file does not validate, and follows the file as it changes', () => {
    const store = new ReferenceStore();
    store.setPersonasFile('file:///w/team.personas.yaml', analyzePersonasFile(TEAM.replace('    name: Piotr\n', '')));
    assert.deepEqual(workspaceSymbols(store, '', fileName).map((s) => s.name), ['olga', 'piotr']);
    store.setPersonasFile('file:///w/team.personas.yaml', analyzePersonasFile(TEAM.replace('Piotr', 'Piotr Nowak')));
    assert.deepEqual(workspaceSymbols(store, 'nowak', fileName).map((s) => s.name), ['Piotr Nowak']);
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
