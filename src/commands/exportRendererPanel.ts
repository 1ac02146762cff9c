/**
 * A short-lived webview that lends the extension host a browser: it draws an SVG export onto a canvas and
 * returns a PNG, and reports the current theme's `--vscode-*` values (for the "current" export theme).
 * The extension host itself (Node or a web worker) has no canvas and no theme colours.
 */
import * as vscode from 'vscode';
import type { ThemeVariables } from '../core/export/printTheme';
import { makeNonce } from '../host/nonce';

type Reply =
  | { type: 'png'; id: number; base64: string }
  | { type: 'theme'; id: number; variables: ThemeVariables; dark: boolean }
  | { type: 'error'; id: number; message: string };

const SCRIPT = `
const vscode = acquireVsCodeApi();
function theme(id) {
  const style = document.documentElement.style, variables = {};
  for (let i = 0; i < style.length; i++) { const n = style[i]; if (n.startsWith('--vscode-')) variables[n] = style.getPropertyValue(n).trim(); }
  const dark = document.body.classList.contains('vscode-dark') || document.body.classList.contains('vscode-high-contrast');
  vscode.postMessage({ type: 'theme', id, variables, dark });
}
function png(id, svg, width, height, scale) {
  const img = new Image();
  img.onload = () => {
    try {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale); canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d'); ctx.scale(scale, scale); ctx.drawImage(img, 0, 0, width, height);
      vscode.postMessage({ type: 'png', id, base64: canvas.toDataURL('image/png').split(',')[1] });
    } catch (e) { vscode.postMessage({ type: 'error', id, message: String(e && e.message || e) }); }
  };
  img.onerror = () => vscode.postMessage({ type: 'error', id, message: 'the browser could not load the SVG' });
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'theme') theme(m.id);
  else if (m.type === 'png') png(m.id, m.svg, m.width, m.height, m.scale);
});
vscode.postMessage({ type: 'ready', id: 0 });
`;

/** A hidden-ish helper panel; one per export, disposed when done. */
export class ExportRendererPanel {
  private constructor(private readonly panel: vscode.WebviewPanel, private readonly ready: Promise<void>) {}

  /** Opens the panel beside the editor without taking focus, and waits until its script runs. */
  static async open(): Promise<ExportRendererPanel> {
    const panel = vscode.window.createWebviewPanel('cjm.exportRenderer', 'Exporting map…',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
    const n = makeNonce();
    panel.webview.html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; script-src 'nonce-${n}';"></head><body><p>Rendering the export…</p><script nonce="${n}">${SCRIPT}</script></body></html>`;
    const ready = new Promise<void>((resolve) => {
      const sub = panel.webview.onDidReceiveMessage((m: { type?: string }) => { if (m?.type === 'ready') { sub.dispose(); resolve(); } });
    });
    const renderer = new ExportRendererPanel(panel, ready);
    await ExportRendererPanel.within(ready, 20000, 'the export webview did not start');
    return renderer;
  }

  private static within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(what)), ms); });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  private request(message: Record<string, unknown>): Promise<Reply> {
    const id = Math.floor(Math.random() * 1e9) + 1;
    const reply = new Promise<Reply>((resolve) => {
      const sub = this.panel.webview.onDidReceiveMessage((m: Reply) => { if (m?.id === id) { sub.dispose(); resolve(m); } });
    });
    void this.panel.webview.postMessage({ ...message, id });
    return ExportRendererPanel.within(reply, 30000, 'the export webview did not answer');
  }

  /** The SVG drawn at `scale` device pixels per CSS pixel, as PNG bytes. */
  async png(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
    const reply = await this.request({ type: 'png', svg, width, height, scale });
    if (reply.type === 'error') throw new Error(reply.message);
    if (reply.type !== 'png') throw new Error('unexpected reply');
    const binary = atob(reply.base64);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  }

  /** The current theme's variables and whether it is dark. */
  async theme(): Promise<{ variables: ThemeVariables; dark: boolean }> {
    const reply = await this.request({ type: 'theme' });
    if (reply.type !== 'theme') throw new Error(reply.type === 'error' ? reply.message : 'unexpected reply');
    return { variables: reply.variables, dark: reply.dark };
  }

  /** Closes the panel. */
  dispose(): void {
    this.panel.dispose();
  }
}
