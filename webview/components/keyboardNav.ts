/**
 * Arrow-key navigation between the focusable items of the map (cards, entries, curve points, stage names).
 * Items carry data-nav-lane / data-nav-stage / data-nav-item; runs only in event handlers, never in render.
 */

type Dir = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

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

/** The item to focus from `from` in direction `dir`, or null at an edge. */
export function neighbour(root: HTMLElement, from: HTMLElement, dir: Dir): HTMLElement | null {
  const lane = Number(from.dataset.navLane);
  const stage = Number(from.dataset.navStage);
  const here = items(root, lane, stage);
  const pos = here.indexOf(from);
  if (dir === 'ArrowUp' && pos > 0) return here[pos - 1];
  if (dir === 'ArrowDown' && pos < here.length - 1) return here[pos + 1];
  if (dir === 'ArrowLeft' || dir === 'ArrowRight') {
    const list = stages(root, lane);
    const at = list.indexOf(stage) + (dir === 'ArrowLeft' ? -1 : 1);
    if (at < 0 || at >= list.length) return null;
    const there = items(root, lane, list[at]);
    return there[Math.min(pos, there.length - 1)] ?? null;
  }
  const all = lanes(root);
  const step = dir === 'ArrowUp' ? -1 : 1;
  for (let i = all.indexOf(lane) + step; i >= 0 && i < all.length; i += step) {
    const there = items(root, all[i], stage);
    if (there.length) return dir === 'ArrowUp' ? there[there.length - 1] : there[0];
  }
  return null;
}

/** Keydown handler for the map root: moves focus with the arrow keys. */
export function handleArrowKeys(e: KeyboardEvent): void {
  const dir = e.key as Dir;
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(dir) || e.altKey || e.ctrlKey || e.metaKey) return;
  const from = e.target as HTMLElement | null;
  if (!from || from.dataset?.navLane === undefined || from.tagName === 'INPUT') return;
  const next = neighbour(e.currentTarget as HTMLElement, from, dir);
  if (next) {
    e.preventDefault();
    next.focus();
  }
}
