import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { IncrementalAnalyzer } from '../../../src/core/incremental/incrementalAnalyzer';

const FILE = 'journey.cjm.yaml';

/** A map with every problem of the reference checks: a duplicate id, an unknown channel, an unused persona, an empty stage. */
const MAP = `cjm: 1
title: Checks
personas:
  - id: anna
    name: Anna
  - id: ben
    name: Ben
channels:
  - id: web
    name: Web
stages:
  - id: discover
    name: Discover
    touchpoints:
      - id: ad
        name: Ad
        channel: web
        personas: [anna]
  - id: buy
    name: Buy
    touchpoints:
      - id: ad
        name: Ad again
        channel: wbe
        personas: [anna]
  - id: wait
    name: Wait
    touchpoints: []
`;

describe('incremental analysis: reference checks reused while no id changes', () => {
  it('moves each duplicate, unknown, unused and empty-stage problem with the text typed before it, as the full analysis places it', () => {
    const analyzer = new IncrementalAnalyzer({ fileName: FILE });
    const first = analyzer.analyze(MAP);
    assert.deepEqual(first.problems.map((p) => p.code).sort(), ['duplicate-id', 'empty-stage', 'unknown-channel', 'unused-persona']);
    let text = MAP;
    for (const typed of ['X', 'Y', 'Z']) {
      // Typed into the first stage's name: everything after it moves, nothing but a name changes.
      text = text.replace('name: Discover', `name: ${typed}Discover`);
      const incremental = analyzer.analyze(text);
      assert.deepStrictEqual(incremental.problems, analyze(text, { fileName: FILE }).problems);
      assert.deepStrictEqual(incremental.index, analyze(text, { fileName: FILE }).index);
    }
  });

  it('checks again when an id changes: fixing the duplicate and the unknown channel (ids of the same length) removes their problems', () => {
    const analyzer = new IncrementalAnalyzer({ fileName: FILE });
    analyzer.analyze(MAP);
    const fixed = MAP.replace('id: ad\n        name: Ad again', 'id: ax\n        name: Ad again').replace('channel: wbe', 'channel: web');
    const analysis = analyzer.analyze(fixed);
    assert.deepStrictEqual(analysis.problems, analyze(fixed, { fileName: FILE }).problems);
    assert.deepEqual(analysis.problems.map((p) => p.code).sort(), ['empty-stage', 'unused-persona']);
  });

  it('moves the problems of ids in the header, in the stages and after the stages when typing in a stage, as the full analysis places them', () => {
    // Personas and channels written after the stages: their problems are in the suffix, after every moved stage.
    const suffixed = `${MAP.replace(/personas:\n[\s\S]*?stages:\n/, 'stages:\n')}personas:\n  - id: anna\n    name: Anna\n  - id: ben\n    name: Ben\n`
      + 'channels:\n  - id: web\n    name: Web\n  - id: web\n    name: Web again\n';
    const analyzer = new IncrementalAnalyzer({ fileName: FILE });
    const first = analyzer.analyze(suffixed);
    assert.deepEqual(first.problems.map((p) => p.code).sort(),
      ['duplicate-id', 'duplicate-id', 'empty-stage', 'unknown-channel', 'unused-persona']);
    let text = suffixed;
    for (const [from, to] of [['name: Discover', 'name: XDiscover'], ['name: Ad again', 'name: Ad again, and again'], ['name: Wait', 'name: W']]) {
      text = text.replace(from, to);
      const incremental = analyzer.analyze(text);
      // Answered from the blocks, not by the full analysis after an unforeseen failure.
      assert.deepStrictEqual(analyzer.stats, { mode: 'incremental', parsedBlocks: 1, blocks: 3 });
      assert.deepStrictEqual(incremental.problems, analyze(text, { fileName: FILE }).problems);
      assert.deepStrictEqual(incremental.index, analyze(text, { fileName: FILE }).index);
    }
  });

  it('gives each analysis the id index of its own text, even when read after newer versions moved the stages', () => {
    const analyzer = new IncrementalAnalyzer({ fileName: FILE });
    analyzer.analyze(MAP);
    const versions = ['X', 'XY', ''].map((typed) => MAP.replace('name: Discover', `name: ${typed}Discover`));
    const analyses = versions.map((text) => analyzer.analyze(text));
    analyses.forEach((analysis, i) => assert.deepStrictEqual(analysis.index, analyze(versions[i], { fileName: FILE }).index));
  });
});
