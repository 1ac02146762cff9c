/**
 * Test helper for the webview tests: a happy-dom window as the global DOM, a fake VS Code API that records
 * what the app posts, and snapshots parsed from real map text with yaml + the format's zod schema.
 */
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { mapSchema } from '../../src/core/schema';
import { checkWebviewMessage } from '../../src/shared/protocol';
import type { HostMessage, WebviewMessage } from '../../src/shared/protocol';
import type { JourneyView } from '../../src/shared/viewModel';
import type { VsCodeApi } from '../../webview/vscodeApi';

const win = new Window({ url: 'https://webview.test/', width: 1280, height: 800 });
const globals = globalThis as Record<string, unknown>;
for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'HTMLInputElement', 'Element', 'Node', 'Text',
  'SVGElement', 'Event', 'KeyboardEvent', 'MouseEvent', 'PointerEvent', 'FocusEvent', 'InputEvent', 'CustomEvent',
  'DragEvent', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'CSS',
  'customElements'] as const) {
  const value = (win as unknown as Record<string, unknown>)[key];
  if (value !== undefined) globals[key] = typeof value === 'function' && /^[a-z]/.test(key) ? value.bind(win) : value;
}

/**
 * A fake acquireVsCodeApi() result that keeps posted messages and state. Every message must pass the host's guard:
 * an op the map editor sends that the guard would refuse fails the test that sends it.
 */
export class FakeApi implements VsCodeApi {
  posted: WebviewMessage[] = [];
  state: unknown;
  constructor(state?: unknown) { this.state = state; }
  postMessage(message: WebviewMessage): void {
    const checked = checkWebviewMessage(message);
    if ('error' in checked) throw new Error(`the host would refuse ${JSON.stringify(message)}: ${checked.error}`);
    this.posted.push(message);
  }
  getState(): unknown { return this.state; }
  setState(state: unknown): void { this.state = state; }
}

/** A view from map text, parsed with yaml and checked with the format's schema (throws if invalid). */
export function viewOf(text: string, fileName = 'test.cjm.yaml'): JourneyView {
  const map = mapSchema.parse(parse(text));
  return { mapId: map.id ?? basename(fileName, '.cjm.yaml'), fileName, map };
}

/** The view of a file of examples/. */
export function exampleView(name: string): JourneyView {
  return viewOf(readFileSync(`examples/${name}`, 'utf8'), name);
}

/** A snapshot message (`dataSeq` grows when the map's data files change). */
export function snapshot(version: number, view: JourneyView | null, problems: HostMessage extends infer M
  ? M extends { type: 'snapshot' } ? M['problems'] : never : never = [], dataSeq = 0): HostMessage {
  return { type: 'snapshot', version, dataSeq, view, problems };
}

/** A fresh container in the document body. */
export function container(): HTMLElement {
  document.body.innerHTML = '';
  return document.body.appendChild(document.createElement('div'));
}

/**
 * Waits until `find` returns something (checked after each turn of the event loop), for what the map renders when
 * the browser is idle (see webview/components/idleRender.ts); fails after `ms` (within mocha’s 2 s per test).
 */
export async function until<T>(find: () => T | null | undefined, what: string, ms = 1500): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Sends a keydown to an element, bubbling, as a browser would. */
export function press(el: Element, key: string, init: KeyboardEventInit = {}): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

/** A small map with two personas, two channels and three stages, for precise tests. */
export const SMALL_MAP = `cjm: 1
id: small
title: Small map
type: basic
personas:
  - { id: anna, name: "Anna, busy parent" }
  - { id: ben, name: Ben }
channels:
  - { id: web, name: Website, kind: web }
  - { id: shop, name: Shop, kind: store }
stages:
  - id: discover
    name: Discover
    touchpoints:
      - { id: ad, name: Search ad, channel: web, emotion: 0 }
      - { id: friend, name: Friend tells, channel: shop, personas: [ben], emotion: { ben: 1 } }
  - id: buy
    name: Buy
    pains: [Slow page]
    touchpoints:
      - { id: cart, name: Cart, channel: web, emotion: -1, pains: [Hidden costs] }
      - { id: pay, name: Payment, channel: web, emotion: 1, moment-of-truth: true }
  - id: use
    name: Use
    emotion: 2
`;
