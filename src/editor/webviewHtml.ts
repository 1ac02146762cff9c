/**
 * The map editor's HTML shell: a strict CSP with a fresh nonce, the built Preact app and its CSS, and
 * resource roots limited to the built webview and the media folder.
 */
import * as vscode from 'vscode';
import { makeNonce } from '../host/nonce';
import { t } from '../core/l10n/translate';

/** Folders the webview may load from: the built app and the shipped media. */
export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** Options for the map editor's webview: scripts on, nothing outside the resource roots. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: localResourceRoots(extensionUri) };
}

/** The Content-Security-Policy of the map editor. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource}; font-src ${cspSource}; script-src 'nonce-${nonce}'`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The full HTML of a map editor panel. */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, language: string = vscode.env.language): string {
  const nonce = makeNonce();
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name)).toString();
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(webview.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(asset('main.css'))}">
<title>${escapeAttribute(t('Journey Map'))}</title>
</head>
<body>
<div id="root"></div>
<script nonce="${nonce}" src="${escapeAttribute(asset('main.js'))}"></script>
</body>
</html>`;
}
