import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { exportMermaid } from '../../../src/core/export/mermaid';
import { journeyYaml, readMermaidJourney, type MermaidReading } from '../../../src/core/import/mermaidImport';
import { mapSchema, type CjmMap } from '../../../src/core/schema';
import { MERMAID_CORPUS } from './mermaidCorpus';
import { loadMermaid, mermaidReads, type MermaidApi } from './mermaidOracle';

/** Title, sections and tasks as the importer read them, in Mermaid's terms (score 1..5, distinct actors). */
function ours(reading: MermaidReading) {
  const { journey } = reading;
  return {
    title: journey.title,
    sections: journey.sections.map((s) => s.name),
    tasks: journey.sections.flatMap((s) => s.tasks.map((t) => ({ section: s.name, task: t.name, score: t.score, people: t.actors }))),
  };
}

/** The same from Mermaid's parser: names trimmed, scores clamped to 1..5, empty and repeated actors dropped. */
function theirs(read: NonNullable<Awaited<ReturnType<typeof mermaidReads>>>, frontMatterTitle = '') {
  return {
    title: read.title.trim() || frontMatterTitle,
    sections: read.sections.map((s) => s.trim()),
    tasks: read.tasks.map((t) => ({ section: t.section.trim(), task: t.task.trim(), score: Math.min(5, Math.max(1, t.score)),
      people: [...new Set(t.people.map((p) => p.trim()).filter(Boolean))] })),
  };
}

const frontTitle = (text: string) => /^---\n[^]*?^title: *(.*?) *$[^]*?^---$/m.exec(text)?.[1] ?? '';

function mapOf(text: string): CjmMap {
  const { journey, errors } = readMermaidJourney(text);
  assert.deepEqual(errors, []);
  return mapSchema.parse(parse(journeyYaml(journey)));
}

describe('Mermaid journey import, against Mermaid\'s own parser', function () {
  this.timeout(30000);
  let mermaid: MermaidApi;
  before(async () => { mermaid = await loadMermaid(); });

  for (const diagram of MERMAID_CORPUS) {
    it(`reads what Mermaid reads: ${diagram.source}`, async () => {
      const expected = await mermaidReads(mermaid, diagram.text);
      const reading = readMermaidJourney(diagram.text);
      if (!expected) {
        assert.ok(reading.errors.length > 0, 'Mermaid rejects it, so must the importer');
        return;
      }
      assert.deepEqual(reading.errors, []);
      assert.deepEqual(ours(reading), theirs(expected, frontTitle(diagram.text)));
    });
  }

  const classes: [string, string][] = [
    ['front matter title when the body has none', '---\ntitle: From front matter\n---\njourney\nsection S\nT: 5: Me\n'],
    ['the body title over the front matter', '---\ntitle: From front matter\n---\njourney\ntitle From body\nsection S\nT: 5\n'],
    ['a directive over several lines', '%%{init: {\n  "theme": "dark"\n}}%%\njourney\ntitle T\nsection S\nTask: 4: Me\n'],
    ['"#" cutting title, section and task data', 'journey\ntitle Plan # draft\nsection Go # first\nTask: 5: Me # and me\n'],
    ['keywords in any case, a colon in the title', 'journey\nTITLE Big: the plan\nSECTION One\nTask: 3\nTitle search: 4: Me\n'],
    ['a title right after the closing brace of accDescr', 'journey\naccDescr {\n  text\n}title After\nsection S\nT: 2\n'],
    ['repeated and empty actors', 'journey\nsection S\nT: 5: Me, Me, You\nU: 4:\nV: 3\n'],
    ['scores outside 1..5', 'journey\nsection S\nHigh: 9: Me\nLow: 0: Me\n'],
  ];
  for (const [what, text] of classes) {
    it(`reads ${what} as Mermaid does`, async () => {
      const expected = await mermaidReads(mermaid, text);
      assert.ok(expected, 'Mermaid accepts it');
      assert.deepEqual(ours(readMermaidJourney(text)), theirs(expected, frontTitle(text)));
    });
  }

  it('gives a task without actors no personas, and counts a repeated actor once', () => {
    const map = mapOf('journey\nsection S\nAlone: 3\nBoth: 4: Me, Me, You\nMine: 2: Me\n');
    assert.deepEqual(map.personas, [{ id: 'me', name: 'Me' }, { id: 'you', name: 'You' }]);
    assert.deepEqual(map.stages[0].touchpoints?.map((t) => [t.name, t.personas, t.emotion]),
      [['Alone', [], 0], ['Both', undefined, 1], ['Mine', ['me'], -1]]);
  });

  it('warns about each clamped score with its line', () => {
    const { warnings, errors } = readMermaidJourney('journey\nsection S\nHigh: 9: Me\nFine: 3\nLow: 0: Me\n');
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, [
      { line: 3, message: '"High": score 9 is outside 1..5; taken as 5' },
      { line: 5, message: '"Low": score 0 is outside 1..5; taken as 1' },
    ]);
  });

  it('reports every error Mermaid rejects or the map cannot hold, with its line', async () => {
    const text = 'journey\nsection S\nOk: 3\n: 4: Me\nNo score:\nEmpty: : Me\nWord: high\nSemi; colon: 3\nJust a name\n';
    assert.deepEqual(readMermaidJourney(text).errors, [
      { line: 4, message: 'a task needs a name before ": 4: Me"' },
      { line: 5, message: 'the score of "No score" is empty; give a number from 1 to 5' },
      { line: 6, message: 'the score of "Empty" is empty; give a number from 1 to 5' },
      { line: 7, message: 'the score of "Word" is not a number: "high"' },
      { line: 8, message: '"Semi" needs ": score" after it' },
      { line: 9, message: '"Just a name" needs ": score" after it' },
    ]);
    for (const line of [': 4: Me', 'No score:', 'Semi; colon: 3', 'Just a name']) {
      assert.equal(await mermaidReads(mermaid, `journey\nsection S\n${line}\n`), undefined, `Mermaid rejects "${line}" too`);
    }
    const keyword = 'journey\nsection S\nSection 8 forms: 3\n';
    assert.deepEqual(readMermaidJourney(keyword).errors, [{ line: 3, message: 'a task needs a name before ": 3"' }]);
    assert.equal(await mermaidReads(mermaid, keyword), undefined, 'Mermaid reads "Section 8 forms" as a section too');
    assert.deepEqual(readMermaidJourney('flowchart TD\n  A --> B\n').errors, [{ line: 1, message: 'a Mermaid journey starts with "journey"' }]);
  });

  it('counts lines from the file, also for a diagram inside Markdown after front matter', () => {
    const md = '# Notes\n\ntext\n\n```mermaid\n---\ntitle: T\n---\njourney\nsection S\nBad: x\n```\n';
    assert.deepEqual(readMermaidJourney(md).errors, [{ line: 11, message: 'the score of "Bad" is not a number: "x"' }]);
  });
});

describe('Mermaid journey export keeps names Mermaid would read as keywords', function () {
  this.timeout(30000);
  let mermaid: MermaidApi;
  before(async () => { mermaid = await loadMermaid(); });

  it('exports touchpoints named like keywords, and a title with a colon, so Mermaid reads them as written', async () => {
    const names = ['Title search', 'Section 8 forms', 'journey planning', 'accTitle', 'ACCDESCR notes', '50% off', '%complete'];
    const map: CjmMap = { cjm: 1, title: 'Checkout: the 2025 plan', stages: [
      { id: 's', name: 'TITLE page', touchpoints: names.map((name, i) => ({ id: `t${i}`, name, emotion: 1 })) }] };
    const text = exportMermaid(map);
    const read = await mermaidReads(mermaid, text);
    assert.ok(read, text);
    assert.equal(read.title, 'Checkout: the 2025 plan');
    assert.deepEqual(read.sections.map((s) => s.replace(/^\u200B/, '')), ['TITLE page']);
    assert.deepEqual(read.tasks.map((t) => [t.task.replace(/^\u200B/, ''), t.score]), names.map((n) => [n, 4]));
    assert.deepEqual(mapOf(text).stages[0].touchpoints?.map((t) => t.name), names);
  });
});
