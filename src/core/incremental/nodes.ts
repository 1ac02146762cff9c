/**
 * Small operations over a parsed block's YAML nodes: moving their source ranges to where the block now sits
 * in the whole text, and spotting the constructs (anchors, aliases, tags) that a block cannot judge alone.
 */
import { isAlias, isCollection, isPair, isScalar, type Node } from 'yaml';

/** Every node of the tree under `root` (keys and values of pairs included), depth first; aliases are not followed. */
function forEachNode(root: unknown, visit: (node: Node) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.key, item.value);
    } else if (isCollection(item)) {
      visit(item);
      for (const child of item.items) stack.push(child);
    } else if (isScalar(item) || isAlias(item)) {
      visit(item);
    }
  }
}

/** Adds `delta` to the source range of every node under `root` (in place: each node owns its range array). */
export function shiftRanges(root: unknown, delta: number): void {
  if (delta === 0) return;
  // Hot on every keystroke after a stage moved: plain property checks instead of yaml's identity tests.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop() as { range?: number[] | null; items?: unknown; key?: unknown; value?: unknown } | null;
    if (item === null || typeof item !== 'object') continue;
    const range = item.range;
    if (range) {
      range[0] += delta;
      range[1] += delta;
      range[2] += delta;
    }
    if (Array.isArray(item.items)) {
      for (const child of item.items) stack.push(child);
    } else if ('key' in item) {
      stack.push(item.key, item.value);
    }
  }
}

/**
 * True when some node under `root` is an alias: the one construct that reaches outside its block (an anchor or
 * a tag only changes the node it is written on).
 */
export function hasAlias(root: unknown): boolean {
  let found = false;
  forEachNode(root, (node) => {
    if (isAlias(node)) found = true;
  });
  return found;
}

/** True when some node under `root` is an alias, has an anchor or has an explicit tag. */
export function hasAnchorAliasOrTag(root: unknown): boolean {
  let found = false;
  forEachNode(root, (node) => {
    if (isAlias(node) || node.anchor !== undefined || node.tag !== undefined) found = true;
  });
  return found;
}
