/**
 * The map editor's HTML shell: a strict CSP with a fresh nonce, the built Preact app and its CSS, and
 * resource roots limited to the built webview and the media folder (plus the workspace folders of a map with
 * image files). Remote (https) images are allowed by the CSP only when the user turned them on.
 */
import * as vscode from 'vscode';
import { makeNonce } from '../host/nonce';
import { t } from '../core/l10n/translate';
import { contentSecurityPolicy } from './contentSecurityPolicy';

/** Folders the webview may load from: the built app and the shipped media. */
export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** Options for the map editor's webview: scripts on, nothing outside the resource roots (and `imageRoots`, for a map with image files). */
export function webviewOptions(extensionUri: vscode.Uri, imageRoots: vscode.Uri[] = []): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [...localResourceRoots(extensionUri), ...imageRoots] };
}


function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The full HTML of a map editor panel. */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, language: string = vscode.env.language, allowRemoteImages = false): string {
  const nonce = makeNonce();
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name)).toString();
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(webview.cspSource, nonce, allowRemoteImages))}">
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
