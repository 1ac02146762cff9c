/**
 * The webview's handle on VS Code: typed messages to the host and the persisted UI state.
 */
import type { WebviewMessage } from '../src/shared/protocol';

/** What the map editor uses of the VS Code webview API. */
export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

let api: VsCodeApi | undefined;

/** The VS Code API (acquired once: VS Code allows only one call per webview). */
export function getVsCodeApi(): VsCodeApi {
  api ??= acquireVsCodeApi();
  return api;
}
