/**
 * Rendering what nobody sees at first (the emotion curve's visually hidden table) once the browser is idle after
 * the first frame, so a big map shows sooner. Off by default: the export renders the map once, to a string,
 * where no effect ever runs, so everything must be there at once.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/** Whether parts marked as not needed for the first frame may wait for idle time (the map editor says yes). */
export const IdleRenderContext = createContext(false);

/** How long a deferred part waits for idle time at most (ms), when the browser stays busy. */
const IDLE_TIMEOUT_MS = 500;

/** How much of an idle period is left (ms); 0 where the browser has no idle callbacks. */
export interface IdleDeadline { timeRemaining: () => number }

/**
 * Calls `task` when the browser is idle, or after `timeoutMs` when it stays busy (a timer where it has no idle
 * callbacks); returns the function that cancels it.
 */
export function whenIdle(task: (deadline: IdleDeadline) => void, timeoutMs = IDLE_TIMEOUT_MS): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => task({ timeRemaining: () => 0 }), 16);
  return () => clearTimeout(timer);
}

/**
 * False until the browser is idle after this component's first frame when deferring is on (see
 * {@link IdleRenderContext}); true at once otherwise. Stays true once it is.
 */
export function useIdleReady(): boolean {
  const defer = useContext(IdleRenderContext);
  const [ready, setReady] = useState(!defer);
  useEffect(() => (ready ? undefined : whenIdle(() => setReady(true))), [ready]);
  return ready;
}
