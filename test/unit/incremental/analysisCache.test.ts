import { strict as assert } from 'node:assert';
import type * as vscode from 'vscode';
import { parseDocument, type Scalar, type YAMLSeq } from 'yaml';
import { generateMapText } from '../../../bench/generateMap';
import { analyze } from '../../../src/core/analyze';
import { forgetAnalysis, getAnalysis, getAnalysisAsync } from '../../../src/host/analysisCache';

/** The parts of a TextDocument the cache reads. */
function fakeDocument(path: string, version: number, text: string): vscode.TextDocument {
  const uri = { path, toString: () => `file://${path}` } as unknown as vscode.Uri;
  return { uri, version, isClosed: false, getText: () => text } as unknown as vscode.TextDocument;
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

  it('keeps an earlier version\'s analysis as it was when a later version is read (its nodes do not move)', () => {
    const text = generateMapText(40);
    const first = getAnalysis(fakeDocument(path, 1, text));
    const rangeOfLastName = (analysis: typeof first): [number, number, number] => {
      const stages = analysis.doc?.get('stages') as YAMLSeq | undefined;
      const last = stages?.items.length ?? 0;
      const node = analysis.doc?.getIn(['stages', last - 1, 'name'], true) as Scalar | undefined;
      assert.ok(node?.range, 'the last stage has a name node');
      return [...node.range] as [number, number, number];
    };
    const before = rangeOfLastName(first);
    const edited = text.replace('name: ', 'name: Longer ');
    const second = getAnalysis(fakeDocument(path, 2, edited));
    assert.deepEqual(rangeOfLastName(second), before.map((n) => n + 'Longer '.length));
    assert.deepEqual(rangeOfLastName(first), before, 'the first version\'s node still points into the first text');
    const stageCount = (first.doc?.get('stages') as YAMLSeq).items.length;
    assert.equal(text.slice(before[0], before[1]), first.doc?.getIn(['stages', stageCount - 1, 'name']));
    assert.deepStrictEqual(first.doc?.toJS(), parseDocument(text).toJS());
  });

  it('opens a map in slices once and shares it: the sync path then answers with the same analysis', async () => {
    const text = generateMapText(300);
    const [a, b] = await Promise.all([getAnalysisAsync(fakeDocument(path, 1, text)), getAnalysisAsync(fakeDocument(path, 1, text))]);
    assert.equal(a, b);
    assert.equal(getAnalysis(fakeDocument(path, 1, text)), a);
    assert.deepStrictEqual(a.problems, analyze(text, { fileName: 'shop.cjm.yaml' }).problems);
  });

  it('answers for the version current when the slices finish, after the text moved on', async () => {
    const text = generateMapText(100);
    const pending = getAnalysisAsync(fakeDocument(path, 1, text));
    const edited = text.replace('channel: web', 'channel: nowhere');
    const later = await getAnalysisAsync(fakeDocument(path, 2, edited));
    await pending;
    assert.equal(later.text, edited);
    assert.deepStrictEqual(later.problems.map((p) => p.code), ['unknown-channel']);
  });
});
