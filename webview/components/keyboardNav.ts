/**
 * Arrow-key navigation between the focusable items of the map (cards, entries, curve points, stage names, add
 * buttons), and the roving tabindex that makes the whole map one Tab stop (the item last focused, or the first).
 * Items carry data-nav-lane / data-nav-stage / data-nav-item; runs only in effects and event handlers, never in render.
 */

type Dir = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];

function items(root: HTMLElement, lane: number, stage: number): HTMLElement[] {
  const found = Array.from(root.querySelectorAll<HTMLElement>(`[data-nav-lane="${lane}"][data-nav-stage="${stage}"]`));
  return found.sort((a, b) => Number(a.dataset.navItem) - Number(b.dataset.navItem));
}

function lanes(root: HTMLElement): number[] {
  const set = new Set<number>();
  root.querySelectorAll<HTMLElement>('[data-nav-lane]').forEach((el) => set.add(Number(el.dataset.navLane)));
  return [...set].sort((a, b) => a - b);
}

function stages(root: HTMLElement, lane: number): number[] {
  const set = new Set<number>();
  root.querySelectorAll<HTMLElement>(`[data-nav-lane="${lane}"]`).forEach((el) => set.add(Number(el.dataset.navStage)));
  return [...set].sort((a, b) => a - b);
}

/** The first (Home) or last (End) item of lane `lane` among the rendered stages, or null. */
export function edgeItem(root: HTMLElement, lane: number, dir: 'Home' | 'End'): HTMLElement | null {
  const list = stages(root, lane);
  const row = items(root, lane, dir === 'Home' ? list[0] : list[list.length - 1]);
  return (dir === 'Home' ? row[0] : row[row.length - 1]) ?? null;
}

/** The item to focus from `from` in direction `dir`, or null at an edge. */
export function neighbour(root: HTMLElement, from: HTMLElement, dir: Dir): HTMLElement | null {
  const lane = Number(from.dataset.navLane);
  const stage = Number(from.dataset.navStage);
  const here = items(root, lane, stage);
  const pos = here.indexOf(from);
  if (dir === 'Home' || dir === 'End') return edgeItem(root, lane, dir);
  if (dir === 'ArrowUp' && pos > 0) return here[pos - 1];
  if (dir === 'ArrowDown' && pos < here.length - 1) return here[pos + 1];
  if (dir === 'ArrowLeft' || dir === 'ArrowRight') {
    const list = stages(root, lane);
    const at = list.indexOf(stage) + (dir === 'ArrowLeft' ? -1 : 1);
    if (at < 0 || at >= list.length) return null;
    const there = items(root, lane, list[at]);
    return there[Math.min(pos, there.length - 1)] ?? null;
  }
  // Past the cell's first or last item, or PageUp/PageDown (which curve points, using the arrows for their value,
  // leave alone): the nearest lane above or below with an item in this stage.
  const all = lanes(root);
  const step = dir === 'ArrowUp' || dir === 'PageUp' ? -1 : 1;
  for (let i = all.indexOf(lane) + step; i >= 0 && i < all.length; i += step) {
    const there = items(root, all[i], stage);
    if (there.length) return dir === 'ArrowUp' ? there[there.length - 1] : there[0];
  }
  return null;
}

/**
 * Keydown handler for the map root: moves focus with the arrow keys, Home and End (first and last item of the lane),
 * PageUp and PageDown (the lane above or below).
 */
export function handleArrowKeys(e: KeyboardEvent): void {
  const dir = e.key as Dir;
  if (!KEYS.includes(dir) || e.altKey || e.ctrlKey || e.metaKey) return;
  const from = e.target as HTMLElement | null;
  if (!from || from.dataset?.navLane === undefined || from.tagName === 'INPUT') return;
  const next = neighbour(e.currentTarget as HTMLElement, from, dir);
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/**
 * The item of the map that Tab reaches: `current` when it is still in the map, else the first item. The map renders
 * its items in lane, stage and item order (the stage header row first, then each lane's cells by stage), so the
 * first in document order is the first item.
 */
function tabStop(root: HTMLElement, current: HTMLElement | null): HTMLElement | null {
  if (current?.isConnected && root.contains(current)) return current;
  return root.querySelector<HTMLElement>('[data-nav-lane]');
}

/**
 * Roving tabindex: every item of the map leaves the Tab order except one, `current` (the item last focused) or,
 * when that is gone, the first item; so Tab enters the map at one item and the next Tab leaves it. Returns that item.
 * Only items still in the Tab order are visited (those rendered since the last call, and the old stop), so a
 * scroll that renders a few columns costs those columns, not the whole window.
 */
export function rove(root: HTMLElement, current: HTMLElement | null): HTMLElement | null {
  const stop = tabStop(root, current);
  root.querySelectorAll<HTMLElement>('[data-nav-lane]:not([tabindex="-1"])').forEach((el) => {
    if (el !== stop) el.tabIndex = -1;
  });
  if (stop && stop.tabIndex !== 0) stop.tabIndex = 0;
  return stop;
}
