import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { analyzePersonasFile } from '../../../src/core/sharedPersonas/personasFile';
import { renameSharedPersona } from '../../../src/core/sharedPersonas/renameSharedPersona';
import {
  catalogOfPersonasFiles, personaUsesOf, resolveSharedPersonas, sharedPersonaEditRefusal, unknownSharedPersonaProblems,
} from '../../../src/core/sharedPersonas/sharedPersonas';
import { expectOnly, offsetOf, problemsOf, spanOf } from '../core/analyzeTestKit';

const TEAM = `personas:
  - id: anna
    name: Anna, busy parent
    goals: [Save time]
  - id: ben
    name: Ben
`;

const MAP = `cjm: 1
title: Shop
personas:
  - use: anna
  - id: carl
    name: Carl
stages:
  - id: discover
    name: Discover
    touchpoints:
      - id: ad
        name: Search ad
        personas: [anna, carl]
        emotion: { anna: 1, carl: -1 }
`;

const catalog = () => catalogOfPersonasFiles([{ file: 'team.personas.yaml', analysis: analyzePersonasFile(TEAM) }]);

describe('shared personas: a map', () => {
  it('reads { use: id } as a persona of the map with that id, so its references are known', () => {
    const analysis = analyze(MAP, { fileName: 'shop.cjm.yaml' });
    assert.deepEqual(analysis.problems, []);
    assert.deepEqual(analysis.model?.personas, [{ id: 'anna', name: 'anna', use: 'anna' }, { id: 'carl', name: 'Carl' }]);
  });

  it('lists each use: with its id range and every place of the map that names it', () => {
    const [use] = personaUsesOf(analyze(MAP));
    assert.equal(use.id, 'anna');
    assert.deepEqual({ offset: use.offset, length: use.length }, spanOf(MAP, 'use: «anna»'));
    assert.deepEqual(use.occurrences.map((o) => o.offset), [offsetOf(MAP, 'anna'), offsetOf(MAP, 'anna', 1), offsetOf(MAP, 'anna', 2)]);
  });

  it('reports an unknown key beside use: at the key, naming the only key allowed', () => {
    const text = MAP.replace('  - use: anna\n', '  - use: anna\n    name: Anna\n');
    expectOnly(text, 'unknown-key', '    «name»: Anna', 'Unknown key "name" beside "use": a shared persona takes all its fields from its *.personas.yaml file. Edit them there, or replace "use" with an id and name of the map’s own.');
  });

  it('reports a use: that is not an id as invalid-id at the value', () => {
    const text = MAP.replace('  - use: anna\n', '  - use: anna smith\n');
    const problem = problemsOf(text).find((p) => p.code === 'invalid-id');
    assert.deepEqual({ offset: problem?.offset, length: problem?.length }, spanOf(text, 'use: «anna smith»'));
  });

  it('still reports a persona of its own that lacks its name at its id', () => {
    const text = MAP.replace('    name: Carl\n', '');
    expectOnly(text, 'missing-key', '  - id: «carl»', 'Missing required key "name" in persona "carl". A persona needs: id, name.');
  });
});

describe('shared personas: across files', () => {
  it('reports a use: no personas file defines at the id, with a did-you-mean over the shared personas', () => {
    const text = MAP.replace('use: anna', 'use: ana').replace('[anna, carl]', '[ana, carl]').replace('{ anna: 1', '{ ana: 1');
    const problems = unknownSharedPersonaProblems(personaUsesOf(analyze(text)), catalog());
    assert.deepEqual(problems.map((p) => [p.code, p.offset, p.length, p.message, p.suggestion]), [[
      'unknown-shared-persona', spanOf(text, 'use: «ana»').offset, 3,
      'Unknown shared persona "ana": no *.personas.yaml file of the workspace defines it. Did you mean "anna"?', 'anna',
    ]]);
    assert.deepEqual(unknownSharedPersonaProblems(personaUsesOf(analyze(MAP)), catalog()), []);
  });

  it('resolves a used persona to the shared one, keeping its id and the mark of a shared persona', () => {
    const model = analyze(MAP).model!;
    assert.deepEqual(resolveSharedPersonas(model, catalog()).personas, [
      { id: 'anna', name: 'Anna, busy parent', goals: ['Save time'], use: 'anna' }, { id: 'carl', name: 'Carl' },
    ]);
    assert.equal(resolveSharedPersonas(analyze(MAP.replace('  - use: anna\n', '')).model!, catalog()).personas?.length, 1);
  });

  it('validates a personas file with exact ranges: unknown keys and duplicate ids', () => {
    const text = `${TEAM}  - id: anna\n    nme: Anna again\n`;
    const problems = analyzePersonasFile(text).problems;
    assert.deepEqual(problems.map((p) => [p.code, text.slice(p.offset, p.offset + p.length), p.message]), [
      ['duplicate-id', 'anna', 'Duplicate persona id "anna": persona ids must be unique in the map.'],
      ['missing-key', 'anna', 'Missing required key "name" in persona "anna". A persona needs: id, name.'],
      ['unknown-key', 'nme', 'Unknown key "nme" in persona "anna". Allowed keys: id, name, description, goals, frustrations, quote, color, image. Did you mean "name"?'],
    ].map(([code, span, message]) => [code, span, message]));
    assert.equal(problems[0].offset, offsetOf(text, 'anna', 1));
    const top = analyzePersonasFile('persona: []\n').problems;
    assert.deepEqual(top.map((p) => p.message), [
      'Missing required key "personas" in the personas file.',
      'Unknown key "persona" in the personas file. Allowed keys: personas. Did you mean "personas"?',
    ]);
  });
});

describe('shared personas: edits of the map', () => {
  const model = analyze(MAP).model!;

  it('refuses an edit inside a use: item, saying where the persona is edited', () => {
    assert.equal(sharedPersonaEditRefusal(model, { kind: 'set', path: ['personas', 0, 'name'], value: 'Anna' }),
      'Persona "anna" is shared: the map only names it with "use: anna". Edit its fields in its *.personas.yaml file (Go to Definition on the id opens it).');
    assert.ok(sharedPersonaEditRefusal(model, { kind: 'insert', path: ['personas', 0, 'goals'], index: 0, value: 'Save time' }));
  });

  it('allows edits of the map’s own personas, of the whole item, and of emotions per persona', () => {
    assert.equal(sharedPersonaEditRefusal(model, { kind: 'set', path: ['personas', 1, 'name'], value: 'Carla' }), undefined);
    assert.equal(sharedPersonaEditRefusal(model, { kind: 'remove', path: ['personas', 0] }), undefined);
    assert.equal(sharedPersonaEditRefusal(model, { kind: 'set', path: ['stages', 0, 'touchpoints', 0, 'emotion', 'anna'], value: 2 }), undefined);
  });
});

describe('shared personas: rename', () => {
  const OTHER = MAP.replace('title: Shop', 'title: Support').replace('  - id: carl\n    name: Carl\n', '').replace('[anna, carl]', '[anna]').replace(', carl: -1', '');
  const files = {
    personasFiles: [{ file: 'team.personas.yaml', analysis: analyzePersonasFile(TEAM) }],
    maps: [
      { file: 'shop.cjm.yaml', analysis: analyze(MAP) },
      { file: 'support.cjm.yaml', analysis: analyze(OTHER) },
      { file: 'own.cjm.yaml', analysis: analyze(MAP.replace('use: anna', 'id: anna\n    name: Own Anna')) },
    ],
  };

  it('renames the id in the personas file and every use and reference in the maps that use it, nowhere else', () => {
    const result = renameSharedPersona('anna', 'anya', files);
    assert.ok('edits' in result);
    const apply = (file: string, text: string) => result.edits.filter((e) => e.file === file).sort((a, b) => b.offset - a.offset)
      .reduce((s, e) => s.slice(0, e.offset) + e.newText + s.slice(e.offset + e.length), text);
    assert.equal(apply('team.personas.yaml', TEAM), TEAM.replace('id: anna', 'id: anya'));
    assert.equal(apply('shop.cjm.yaml', MAP), MAP.replaceAll('anna', 'anya'));
    assert.equal(apply('support.cjm.yaml', OTHER), OTHER.replaceAll('anna', 'anya'));
    assert.deepEqual(result.edits.filter((e) => e.file === 'own.cjm.yaml'), []);
    assert.equal(result.edits.length, 1 + 3 + 3);
  });

  it('refuses an invalid id, a number, and an id another persona already has, saying why', () => {
    assert.deepEqual(renameSharedPersona('anna', 'an na', files),
      { refusal: '"an na" is not a valid id: start with a letter or digit, then letters, digits, "-", "_" or "."; no spaces or slashes.' });
    assert.deepEqual(renameSharedPersona('anna', '12', files), { refusal: '"12" would be read by YAML as a number or a keyword, not as an id; add a letter.' });
    assert.deepEqual(renameSharedPersona('anna', 'ben', files), { refusal: '"ben" is already the id of another shared persona.' });
    assert.deepEqual(renameSharedPersona('anna', 'carl', files), { refusal: '"carl" is already the id of a persona in shop.cjm.yaml, which uses "anna".' });
  });
});
