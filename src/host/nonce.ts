/** The nonce of a webview's Content-Security-Policy, for every webview the extension opens. */

/** 128 random bits in hex, from the platform's cryptographic source (Node and browsers alike). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
