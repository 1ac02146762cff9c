/** Giving the event loop a turn between slices of long work, in Node and in browsers (no worker threads). */

/** Resolves after the event loop has had a turn: setImmediate where there is one, else setTimeout 0. */
export function yieldToEventLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}
