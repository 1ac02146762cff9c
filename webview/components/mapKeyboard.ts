/**
 * The map's keyboard, as hooks of the map root: one Tab stop that follows the focus (roving tabindex), and the arrow
 * keys, Home and End, which may first move the rendered window (see keyboardNav.ts for the moves themselves).
 */
import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';
import { edgeItem, handleArrowKeys, rove } from './keyboardNav';

/**
 * Keeps one item of the map in the Tab order (see keyboardNav's `rove`) after every render, and moves that stop to
 * each item that gets the focus; returns the focus-in handler for the map's root.
 */
export function useRovingTabindex(root: { current: HTMLElement | null }): (e: FocusEvent) => void {
  const current = useRef<HTMLElement | null>(null);
  // Before the frame is painted: items just rendered (or filled in) are never in the Tab order, even for a frame.
  useLayoutEffect(() => {
    if (root.current) current.current = rove(root.current, current.current);
  });
  return useCallback((e: FocusEvent) => {
    const target = e.target as HTMLElement | null;
    if (!root.current || target?.dataset?.navLane === undefined) return;
    current.current = rove(root.current, target);
  }, []);
}

/**
 * The map root's keydown handler: the arrow keys, and Home and End to the lane's first or last item even in a stage
 * the window has not rendered (it asks `reach` for that stage, then focuses the item once it is rendered).
 */
export function useKeyboardNav(root: { current: HTMLElement | null }, first: number, last: number, stageCount: number,
  reach: ((stage: number, lane: number) => void) | undefined): (e: KeyboardEvent) => void {
  const pending = useRef<{ lane: number; dir: 'Home' | 'End' } | null>(null);
  useLayoutEffect(() => {
    const want = pending.current;
    const item = want && root.current ? edgeItem(root.current, want.lane, want.dir) : null;
    if (!want || !item) return;
    pending.current = null;
    item.focus();
  });
  return (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    // Not from a text field (Home and End move its caret) nor from outside the map's items.
    const lane = target && target.tagName !== 'INPUT' && target.dataset?.navLane !== undefined ? Number(target.dataset.navLane) : NaN;
    const edge = e.key === 'Home' ? 0 : stageCount - 1;
    const unrendered = (e.key === 'Home' && first > 0) || (e.key === 'End' && last < stageCount - 1);
    if (!reach || !unrendered || !Number.isInteger(lane) || e.altKey || e.ctrlKey || e.metaKey) return handleArrowKeys(e);
    e.preventDefault();
    pending.current = { lane, dir: e.key as 'Home' | 'End' };
    reach(edge, lane);
  };
}
