/**
 * Edits that would reach through YAML anchors and aliases. An alias (`*pains`) is a second view of the node that
 * carries the anchor (`&pains`): writing through either one changes both places, and taking the anchored node
 * away leaves the alias dangling. Such edits are refused, with the anchor named, so the map never changes
 * where it was not asked to.
 */
import { t } from '../l10n/translate';
import { isAlias, isCollection, isSeq, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { EditOp } from '../types';
import type { Path } from '../types';
import { findPair, describe } from './locate';

/** Why `op` would change a node that is shared through an anchor and an alias; null when it touches none. */
export function sharedNodeRefusal(text: string, doc: Document, op: EditOp): string | null {
  if (!text.includes('*')) return null;
  const used = aliasedAnchors(doc);
  if (used.size === 0) return null;
  const targets: { path: Path; replaced: boolean }[] = op.kind === 'move'
    ? [{ path: op.from, replaced: true }, { path: op.to, replaced: false }]
    : [{ path: op.path, replaced: op.kind !== 'insert' }];
  for (const { path, replaced } of targets) {
    const reason = refusalOnPath(doc, path, replaced, used);
    if (reason) return reason;
  }
  return null;
}

/** The names of the anchors some alias of the document refers to. */
function aliasedAnchors(doc: Document): Set<string> {
  const used = new Set<string>();
  visit(doc, {
    Alias(_, alias) {
      used.add(alias.source);
    },
  });
  return used;
}

/**
 * Walks `path` from the root: every node on the way (the changed node's ancestors, whose value the edit changes)
 * must be neither an alias nor an aliased anchor; when the node at the end is replaced or taken away, nothing
 * inside it may be an aliased anchor either.
 */
function refusalOnPath(doc: Document, path: Path, replaced: boolean, used: ReadonlySet<string>): string | null {
  let node = doc.contents as Node | null;
  for (let i = 0; i <= path.length && node; i++) {
    const here = path.slice(0, i);
    if (isAlias(node)) {
      return t('{0} is the alias *{1} of another part of the map: edit the original (&{1}) in the text.', describe(here), node.source);
    }
    if (node.anchor && used.has(node.anchor)) return sharedAnchorMessage(here, node.anchor);
    if (i === path.length) break;
    node = childOf(node, path[i]);
  }
  if (replaced && node) {
    const inner = aliasedAnchorInside(node, used);
    if (inner) return sharedAnchorMessage(path, inner);
  }
  return null;
}

function sharedAnchorMessage(path: Path, anchor: string): string {
  return t('{0} holds the anchor &{1}, which an alias (*{1}) repeats elsewhere: this edit would change or break that copy too. Edit it in the text.', describe(path), anchor);
}

function childOf(node: Node, segment: string | number): Node | null {
  if (!isCollection(node)) return null;
  if (isSeq(node)) return typeof segment === 'number' ? ((node.items[segment] as Node | undefined) ?? null) : null;
  if (typeof segment !== 'string') return null;
  return (findPair(node, segment)?.value ?? null) as Node | null;
}

/** The first anchor inside `node` (itself excluded) that an alias refers to. */
function aliasedAnchorInside(node: Node, used: ReadonlySet<string>): string | null {
  let found: string | null = null;
  visit(node, {
    Node(_, inner) {
      const anchor = inner === node || isAlias(inner) ? undefined : inner.anchor;
      if (anchor && used.has(anchor)) {
        found = anchor;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
