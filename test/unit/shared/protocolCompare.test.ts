import { strict as assert } from 'node:assert';
import { parseWebviewMessage } from '../../../src/shared/protocol';

describe('protocol: the map diff messages from the webview', () => {
  it('accepts compareWith and endCompare unchanged', () => {
    for (const message of [{ type: 'compareWith' }, { type: 'endCompare' }]) assert.deepEqual(parseWebviewMessage(message), message);
  });

  it('refuses them with extra keys', () => {
    assert.equal(parseWebviewMessage({ type: 'compareWith', ref: 'HEAD' }), null);
    assert.equal(parseWebviewMessage({ type: 'endCompare', now: true }), null);
  });
});
