import { strict as assert } from 'node:assert';
import { contentSecurityPolicy } from '../../../src/editor/contentSecurityPolicy';

describe('map editor Content-Security-Policy', () => {
  const source = 'https://*.vscode-cdn.net';

  it('allows images only from the webview resources and data: URIs by default', () => {
    assert.equal(contentSecurityPolicy(source, 'n0nce'),
      `default-src 'none'; img-src ${source} data:; style-src ${source}; font-src ${source}; script-src 'nonce-n0nce'`);
  });

  it('adds https: images, and nothing else, when remote images are allowed', () => {
    assert.equal(contentSecurityPolicy(source, 'n0nce', true),
      `default-src 'none'; img-src ${source} data: https:; style-src ${source}; font-src ${source}; script-src 'nonce-n0nce'`);
  });
});
