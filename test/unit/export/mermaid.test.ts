import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { exportMermaid, mermaidSafe } from '../../../src/core/export/mermaid';
import { effectiveEmotion, personaName, touchpointPersonaIds } from '../../../src/core/export/mapFacts';
import { journeyYaml, readMermaidJourney } from '../../../src/core/import/mermaidImport';
import { mapSchema, type CjmMap } from '../../../src/core/schema';
import { sampleMaps } from './sampleMaps';
import { loadMermaid, type MermaidApi } from '../import/mermaidOracle';

/** The map text imported from a diagram that must have no errors. */
function importMermaid(text: string): string {
  const { journey, errors } = readMermaidJourney(text);
  assert.deepEqual(errors, []);
  return journeyYaml(journey);
}

/** Stage → touchpoint → { persona name → effective score } (`*` when the map has no personas). */
function journeyFacts(map: CjmMap) {
  return map.stages.map((stage) => ({
    stage: stage.name,
    touchpoints: (stage.touchpoints ?? []).map((tp) => {
      const emotion = effectiveEmotion(stage, tp) ?? 0;
      const ids = touchpointPersonaIds(map, tp);
      const scoreOf = (id: string) => (typeof emotion === 'number' ? emotion : emotion[id] ?? 0);
      const scores = ids.length ? Object.fromEntries(ids.map((id) => [personaName(map, id), scoreOf(id)])) : { '*': scoreOf('') };
      return { name: tp.name, scores };
    }),
  }));
}

describe('Mermaid journey export and import', function () {
  this.timeout(20000);
  let mermaid: MermaidApi;
  before(async () => { mermaid = await loadMermaid(); });

  for (const sample of sampleMaps()) {
    it(`Mermaid parses it and it round-trips through the importer: ${sample.name}`, async () => {
      const text = exportMermaid(sample.map);
      assert.deepEqual(await mermaid.parse(text), { diagramType: 'journey', config: {} });
      const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
      const taskCount = sample.map.stages.reduce((n, s) => n + (s.touchpoints?.length ?? 0), 0);
      assert.ok(db.getTasks().length >= taskCount, 'at least one Mermaid task per touchpoint');
      for (const task of db.getTasks()) assert.ok(task.score >= 1 && task.score <= 5, `score ${task.score} in 1..5`);
      const imported = mapSchema.parse(parse(importMermaid(text)));
      assert.equal(imported.title, sample.map.title);
      assert.deepEqual(journeyFacts(imported), journeyFacts(sample.map));
    });
  }

  it('writes score = emotion + 3 and persona names as actors, as Mermaid reads them', async () => {
    const tricky = sampleMaps().find((s) => s.name.endsWith('tricky.cjm.yaml'))!;
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(exportMermaid(tricky.map));
    assert.deepEqual(db.getTasks().map(({ section, task, score, people }) => ({ section, task, score, people })), [
      { section: 'Stage∶ one ＃ first', task: 'Pay | confirm； now', score: 1, people: ['Анна‚ мама'] },
      { section: 'Stage∶ one ＃ first', task: 'Pay | confirm； now', score: 4, people: ['Ben∶ the tester'] },
      { section: 'Stage∶ one ＃ first', task: 'Ēdināšana ar karti', score: 2, people: ['Анна‚ мама'] },
      { section: '\u200Bsection three', task: 'title∶ look-alike', score: 5, people: ['Ben∶ the tester'] },
    ]);
  });

  it('replaces characters Mermaid cannot take visibly and says so in a comment', () => {
    assert.deepEqual(mermaidSafe('a: b # c; d\ne'), { text: 'a∶ b ＃ c； d⏎e', replaced: true });
    assert.deepEqual(mermaidSafe('Anna, parent', 'actor'), { text: 'Anna‚ parent', replaced: true });
    assert.deepEqual(mermaidSafe('Plain name'), { text: 'Plain name', replaced: false });
    const text = exportMermaid({ cjm: 1, title: 'T', stages: [{ id: 's', name: 'S', touchpoints: [{ id: 't', name: 'A: b' }] }] });
    assert.equal(text, '%% Characters Mermaid cannot show in names were replaced: ":" by "∶", "#" by "＃", ";" by "；", a line break by "⏎", a comma in a persona name by "‚".\njourney\n  title T\n  section S\n    A∶ b: 3\n');
  });

  it('imports a hand-written journey with tasks before any section, comments and a Markdown fence', () => {
    const md = 'Notes\n\n```mermaid\njourney\n  %% a comment\n  title My day\n  Wake up: 2: Me\n  section Work\n    Code: 5: Me, Cat\n    Meeting: 1: Cat\n```\n';
    const map = mapSchema.parse(parse(importMermaid(md)));
    assert.deepEqual(map.personas, [{ id: 'me', name: 'Me' }, { id: 'cat', name: 'Cat' }]);
    assert.deepEqual(map.stages.map((s) => [s.id, s.name, s.touchpoints?.map((t) => [t.id, t.emotion, t.personas])]), [
      ['journey', 'Journey', [['wake-up', -1, ['me']]]],
      ['work', 'Work', [['code', 2, undefined], ['meeting', -2, ['cat']]]],
    ]);
  });

  it('rejects text that is not a journey with the line', () => {
    assert.deepEqual(readMermaidJourney('graph TD\n A-->B').errors, [{ line: 1, message: 'a Mermaid journey starts with "journey"' }]);
    assert.deepEqual(readMermaidJourney('journey\n section A\n  no score here').errors, [{ line: 3, message: '"no score here" needs ": score" after it' }]);
    assert.deepEqual(readMermaidJourney('journey\n section A\n  Task: high: Me').errors, [{ line: 3, message: 'the score of "Task" is not a number: "high"' }]);
  });
});
