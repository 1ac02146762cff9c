import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { embedMapImages, imageFileProblems, type ImageFileReader } from '../../../src/core/images/imageFiles';
import { imageEntriesOf, imageTarget, MAX_IMAGE_BYTES } from '../../../src/core/images/imageRefs';
import { BASE, edit, offsetOf } from './analyzeTestKit';

const MAP = edit(edit(BASE, '    name: Anna\n', '    name: Anna\n    image: "photos/anna.png"\n'),
  '    name: Discover\n', '    name: Discover\n    image: frames/discover.svg\n');

/** A reader over an in-memory folder of files. */
function readerOf(files: Record<string, Uint8Array>): ImageFileReader & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    size: async (path) => files[path]?.length,
    read: async (path) => {
      reads.push(path);
      const bytes = files[path];
      if (!bytes) throw new Error(`no ${path}`);
      return bytes;
    },
  };
}

const WHERE = { mapPath: '/ws/maps/shop.cjm.yaml', roots: ['/ws'] };

describe('map images', () => {
  it('accepts a path and an https URL, and finds each with the exact range of its text', () => {
    const analysis = analyze(MAP, { fileName: 'shop.cjm.yaml' });
    assert.deepEqual(analysis.problems, []);
    assert.deepEqual(analysis.model?.personas?.[0].image, 'photos/anna.png');
    assert.deepEqual(imageEntriesOf(analysis).map((e) => [e.path.join('.'), e.offset, e.length]), [
      ['personas.0.image', offsetOf(MAP, 'photos/anna.png'), 'photos/anna.png'.length],
      ['stages.0.image', offsetOf(MAP, 'frames/discover.svg'), 'frames/discover.svg'.length],
    ]);
    assert.deepEqual(imageTarget('../shared/a.JPG', WHERE.mapPath), { kind: 'file', path: '/ws/shared/a.JPG', mime: 'image/jpeg' });
    assert.deepEqual(imageTarget('https://example.com/a', WHERE.mapPath), { kind: 'remote', url: 'https://example.com/a' });
    assert.deepEqual(analyze(edit(MAP, 'photos/anna.png', 'https://cdn.example.com/anna?size=64')).problems, []);
    assert.deepEqual(analyze(edit(MAP, 'photos/anna.png', 'HTTPS://CDN.EXAMPLE.COM/ANNA')).problems, []);
  });

  for (const [value, message] of [
    ['http://example.com/anna.png', 'Image "http://example.com/anna.png" is a "http:" address: an image is an https:// URL or a path to a file in the workspace.'],
    ['javascript:alert(1)', 'Image "javascript:alert(1)" is a "javascript:" address: an image is an https:// URL or a path to a file in the workspace.'],
    ['data:image/png;base64,AAAA', 'Image "data:image/png;base64,AAAA" is a "data:" address: an image is an https:// URL or a path to a file in the workspace.'],
    ['photos/anna.txt', 'Image "photos/anna.txt" is not a .png, .jpg, .jpeg, .gif, .webp or .svg file, nor an https:// URL.'],
  ] as const) {
    it(`refuses ${value.split(':')[0]} with an error at the value`, () => {
      const text = edit(MAP, 'photos/anna.png', value);
      const problems = analyze(text).problems;
      assert.deepEqual(problems.map((p) => [p.code, p.severity, p.offset, p.length, p.message]), [
        ['invalid-image', 'error', offsetOf(text, value), value.length, message],
      ]);
    });
  }

  it('warns at the exact path of a missing file, one too large and one outside the workspace', async () => {
    const analysis = analyze(edit(MAP, 'frames/discover.svg', 'frames/big.png'), { fileName: 'shop.cjm.yaml' });
    const reader = readerOf({ '/ws/maps/frames/big.png': new Uint8Array(MAX_IMAGE_BYTES + 1) });
    const problems = await imageFileProblems(analysis, WHERE, reader);
    assert.deepEqual(problems.map((p) => [p.code, p.severity, analysis.text.slice(p.offset, p.offset + p.length), p.message]), [
      ['image-missing', 'warning', 'photos/anna.png', 'Image file "photos/anna.png" does not exist (paths are relative to the map’s folder).'],
      ['image-too-large', 'warning', 'frames/big.png', 'Image file "frames/big.png" is larger than 2 MB; the map shows a placeholder instead. Use a smaller picture.'],
    ]);
    const outside = analyze(edit(MAP, 'photos/anna.png', '../../etc/anna.png'));
    const far = await imageFileProblems(outside, WHERE, readerOf({ '/etc/anna.png': new Uint8Array(3) }));
    assert.deepEqual(far.map((p) => [p.code, outside.text.slice(p.offset, p.offset + p.length)]), [['image-missing', '../../etc/anna.png'], ['image-missing', 'frames/discover.svg']]);
  });

  it('embeds files as data URIs for exports, and leaves remote images as placeholders unless a fetcher is given', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const text = edit(MAP, 'frames/discover.svg', 'https://example.com/frame.png');
    const model = analyze(text).model!;
    const reader = readerOf({ '/ws/maps/photos/anna.png': png });
    const failures: string[] = [];
    const images = await embedMapImages(model, WHERE, reader, (value) => failures.push(value));
    assert.deepEqual(images, {
      'photos/anna.png': { src: 'data:image/png;base64,iVBORw==' },
      'https://example.com/frame.png': { unavailable: 'remote-blocked' },
    });
    const fetched = await embedMapImages(model, WHERE, { ...reader, fetchRemote: async () => ({ bytes: png, mime: 'image/png' }) }, () => undefined);
    assert.deepEqual(fetched['https://example.com/frame.png'], { src: 'data:image/png;base64,iVBORw==' });
    assert.deepEqual(failures, []);
  });
});
