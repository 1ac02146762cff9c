/**
 * The map editor's Content-Security-Policy, apart from `vscode` so it can be checked in plain Node: nothing by
 * default; images, styles and fonts from the extension's webview resources (and `data:` images); scripts by nonce;
 * `https:` images only when the user turned on remote images.
 */

/** The Content-Security-Policy of the map editor; `https:` images only when `allowRemoteImages`. */
export function contentSecurityPolicy(cspSource: string, nonce: string, allowRemoteImages = false): string {
  const images = allowRemoteImages ? `${cspSource} data: https:` : `${cspSource} data:`;
  return `default-src 'none'; img-src ${images}; style-src ${cspSource}; font-src ${cspSource}; script-src 'nonce-${nonce}'`;
}
