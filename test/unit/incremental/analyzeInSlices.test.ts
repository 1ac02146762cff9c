import { strict as assert } from 'node:assert';
import { generateMapText } from '../../../bench/generateMap';
import { analyze } from '../../../src/core/analyze';
import { IncrementalAnalyzer } from '../../../src/core/incremental/incrementalAnalyzer';
import type { Analysis } from '../../../src/core/types';
import { allStartMaps } from './incrementalSamples';

const FILE = 'journey.cjm.yaml';

function essentials(analysis: Analysis) {
  return { text: analysis.text, model: analysis.model, problems: analysis.problems, index: analysis.index, mapId: analysis.mapId };
}

describe('analyzeInSlices', () => {
  it('gives exactly the full analysis, giving the event loop a turn between slices', async () => {
    const text = generateMapText(200);
    let pauses = 0;
    const pause = async (): Promise<void> => {
      pauses++;
    };
    const analysis = await new IncrementalAnalyzer({ fileName: FILE }).analyzeInSlices(text, { sliceMs: 0, pause });
    assert.deepEqual(essentials(analysis), essentials(analyze(text, { fileName: FILE })));
    assert.equal(pauses, 21); // one after each of the 20 stage blocks, and one before the assembly of the whole analysis
  });

  it('matches the full analysis on every sample map, and later versions still follow edits', async () => {
    for (const text of allStartMaps()) {
      const analyzer = new IncrementalAnalyzer({ fileName: FILE });
      assert.deepEqual(essentials(await analyzer.analyzeInSlices(text, { sliceMs: 0 })), essentials(analyze(text, { fileName: FILE })));
      const edited = text.replace(/name: /, 'name: Renamed ');
      assert.deepEqual(essentials(analyzer.analyze(edited)), essentials(analyze(edited, { fileName: FILE })));
    }
  });

  it('leaves the parsed blocks in the cache: the next analysis parses only the edited stage', async () => {
    const text = generateMapText(100);
    const analyzer = new IncrementalAnalyzer({ fileName: FILE });
    await analyzer.analyzeInSlices(text);
    assert.deepEqual(analyzer.stats, { mode: 'incremental', parsedBlocks: 0, blocks: 10 });
    analyzer.analyze(text.replace('name: Stage 5', 'name: Stage five'));
    assert.deepEqual(analyzer.stats, { mode: 'incremental', parsedBlocks: 1, blocks: 10 });
  });
});
