/** The pure text parts of the language features: the declare-stub insertion and the hover card Markdown. */
import assert from 'node:assert/strict';
import { Marked } from 'marked';
import { parseDocument } from 'yaml';
import { declareStub } from '../../../src/language/declareStub';
import { declarationCard, touchpointCard } from '../../../src/language/hoverCards';

function declared(text: string, list: 'channels' | 'personas', id: string): string {
  const stub = declareStub(parseDocument(text, { keepSourceTokens: true }), text, list, id);
  assert.ok(stub, 'a stub is offered');
  return text.slice(0, stub.offset) + stub.text + text.slice(stub.offset);
}

describe('declareStub', () => {
  it('appends to a block list with its own indentation, before a trailing comment line', () => {
    const text = 'cjm: 1\nchannels:\n    - id: web\n      name: Web\n# end of channels\nstages: []\n';
    assert.equal(declared(text, 'channels', 'shop'),
      'cjm: 1\nchannels:\n    - id: web\n      name: Web\n    - id: shop\n      name: shop\n# end of channels\nstages: []\n');
  });

  it('keeps CRLF line ends', () => {
    const text = 'cjm: 1\r\npersonas:\r\n  - id: a\r\n    name: A\r\nstages: []\r\n';
    assert.equal(declared(text, 'personas', 'b'), 'cjm: 1\r\npersonas:\r\n  - id: a\r\n    name: A\r\n  - id: b\r\n    name: b\r\nstages: []\r\n');
  });

  it('adds to a flow list and fills a key with no value', () => {
    assert.equal(declared('cjm: 1\nchannels: [{ id: web, name: Web }]\n', 'channels', 'app'),
      'cjm: 1\nchannels: [{ id: web, name: Web }, { id: app, name: app }]\n');
    assert.equal(declared('cjm: 1\nchannels: []\n', 'channels', 'app'), 'cjm: 1\nchannels: [{ id: app, name: app }]\n');
    assert.equal(declared('cjm: 1\npersonas:\nstages: []\n', 'personas', 'zoe'),
      'cjm: 1\npersonas:\n  - id: zoe\n    name: zoe\nstages: []\n');
  });

  it('creates the list at the end when there is no stages key', () => {
    assert.equal(declared('cjm: 1\ntitle: T', 'channels', 'web'), 'cjm: 1\ntitle: T\nchannels:\n  - id: web\n    name: web\n');
  });
});

describe('hover cards', () => {
  const map = {
    personas: [{ id: 'anna', name: 'Anna <b>' }, { id: 'ben', name: 'Ben' }],
    channels: [{ id: 'app', name: 'App', kind: 'mobile' }],
    stages: [{ id: 's', name: 'Start', touchpoints: [{ id: 't', name: '[click](command:x)', channel: 'app', emotion: { anna: -2, ben: 2 } }] }],
  };

  it('escapes map text so it cannot inject links or HTML', () => {
    const card = touchpointCard(map, 't') ?? '';
    assert.ok(card.startsWith('### \\[click\\](command:x)\n'), card);
    assert.ok(card.includes('**Emotion:** Anna \\<b\\> −2 😣, Ben +2 😄'), card);
  });

  it('renders hostile ids, names and metrics as text: no link, image or HTML reaches the hover', () => {
    const evil = 'x`[a](command:workbench.action.openSettings)`<img src=x>';
    const hostile = {
      personas: [{ id: evil, name: '<img src=x onerror=alert(1)>' }],
      channels: [{ id: evil, name: '![i](https://e.example/i.png)', kind: '[k](command:k)' }],
      stages: [{ id: evil, name: '# Stage', touchpoints: [{
        id: evil, name: '`code` [n](command:n)', channel: evil, personas: [evil], owner: '<b>me</b>',
        description: '- [d](command:d)', pains: ['[p](command:p)'], metrics: [{ id: 'm', name: 'M', value: '[v](command:v)', target: '<t>' }],
      }] }],
    };
    const cards = [touchpointCard(hostile, evil), ...['channel', 'persona', 'stage', 'lane'].map((kind) => declarationCard(hostile, kind, evil))];
    for (const card of cards) {
      assert.ok(card, 'a card');
      const html = new Marked({ gfm: true }).parse(card, { async: false }) as string;
      assert.doesNotMatch(html, /<(?!\/?(?:h3|p|strong|code|ul|li|br)>)/, html);
      assert.ok(!html.includes('href'), html);
    }
  });

  it('says so when a reference names nothing declared', () => {
    assert.equal(declarationCard(map, 'channel', 'fax'), 'Unknown channel `fax`: no channel with this id is declared under `channels:`.');
    assert.equal(touchpointCard(map, 'nope'), undefined);
  });
});
