import { strict as assert } from 'node:assert';
import type * as vscode from 'vscode';
import { generateMapText } from '../../../bench/generateMap';
import { analyze } from '../../../src/core/analyze';
import { forgetAnalysis, getAnalysis } from '../../../src/host/analysisCache';

/** The parts of a TextDocument the cache reads. */
function fakeDocument(path: string, version: number, text: string): vscode.TextDocument {
  const uri = { path, toString: () => `file://${path}` } as unknown as vscode.Uri;
  return { uri, version, getText: () => text } as unknown as vscode.TextDocument;
}

describe('analysis cache', () => {
  const path = '/work/maps/shop.cjm.yaml';
  afterEach(() => forgetAnalysis(fakeDocument(path, 0, '').uri));

  it('answers every feature asking about one version with the same analysis', () => {
    const text = generateMapText(20);
    const first = getAnalysis(fakeDocument(path, 1, text));
    assert.equal(getAnalysis(fakeDocument(path, 1, text)), first);
    assert.equal(first.mapId, 'generated-20');
  });

  it('analyses each new version exactly as a full analysis would, with the file name as default map id', () => {
    let text = generateMapText(40).replace(/^id: .*\n/m, '');
    for (let version = 1; version <= 6; version++) {
      const at = text.indexOf('name: ', text.indexOf(`id: tp-${version * 5}`)) + 6;
      text = `${text.slice(0, at)}${version % 2 ? 'x' : 'channel: nowhere\n        '}${text.slice(at)}`;
      const analysis = getAnalysis(fakeDocument(path, version, text));
      const full = analyze(text, { fileName: 'shop.cjm.yaml' });
      assert.deepStrictEqual([analysis.problems, analysis.model, analysis.index, analysis.mapId],
        [full.problems, full.model, full.index, full.mapId]);
      assert.equal(analysis.mapId, 'shop');
    }
  });
});
