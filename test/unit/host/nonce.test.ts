/** The CSP nonce of every webview: 128 random bits as 32 hex digits, fresh on each call. */
import { strict as assert } from 'node:assert';
import { makeNonce } from '../../../src/host/nonce';

describe('makeNonce', () => {
  it('gives 32 lowercase hex digits, a different value each time', () => {
    const nonces = Array.from({ length: 200 }, makeNonce);
    for (const nonce of nonces) assert.match(nonce, /^[0-9a-f]{32}$/);
    assert.equal(new Set(nonces).size, nonces.length);
  });
});
