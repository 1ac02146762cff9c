/**
 * An oracle for edits, written apart from the code under test: what an op means on plain objects, which lines of
 * the text it may touch (from the `yaml` package's node ranges), and the comments of a text (from its lexer).
 * Nothing here imports the project's edit code.
 */
import { CST, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Lexer, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { EditOp } from '../../../src/shared/protocol';

type Data = unknown;
type Segment = string | number;
type Container = Data[] | Record<string, Data>;

const isContainer = (value: Data): value is Record<string, Data> => value !== null && typeof value === 'object';

function child(value: Data, segment: Segment): Data {
  if (Array.isArray(value)) return typeof segment === 'number' ? value[segment] : undefined;
  return isContainer(value) && typeof segment === 'string' && Object.hasOwn(value, segment) ? value[segment] : undefined;
}

function walk(value: Data, path: Segment[]): Data {
  return path.reduce<Data>((at, segment) => child(at, segment), value);
}

/** The data the op must give: a copy of `data` (sharing nothing) with the op applied, as the map editor means it. */
export function expectedData(data: Data, op: EditOp): Data {
  const copy = JSON.parse(JSON.stringify(data)) as Data;
  if (op.kind === 'set' || op.kind === 'remove') {
    const parent = walk(copy, op.path.slice(0, -1)) as Container;
    const last = op.path[op.path.length - 1];
    if (op.kind === 'set') (parent as Record<Segment, Data>)[last] = op.value;
    else if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last as string];
    return copy;
  }
  const listPath = op.kind === 'insert' ? op.path : op.to;
  // The target list is found in the data as it is, before a moved item leaves its place.
  const holder = walk(copy, listPath.slice(0, -1)) as Record<Segment, Data>;
  const key = listPath[listPath.length - 1];
  let item: Data = op.kind === 'insert' ? op.value : undefined;
  if (op.kind === 'move') {
    const from = walk(copy, op.from.slice(0, -1)) as Data[];
    item = from.splice(op.from[op.from.length - 1] as number, 1)[0];
  }
  if (!Array.isArray(holder[key])) holder[key] = [];
  (holder[key] as Data[]).splice(op.index, 0, item);
  return copy;
}

/** Index of the line holding `offset`. */
function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** A run of whole lines [first, end) of the text before the edit. */
export type LineRegion = [number, number];

/** The lines a node takes, from `start` (a key or the node) to the last character of its value. */
function linesOf(text: string, start: number, node: Node | null): LineRegion {
  const end = node?.range ? Math.max(node.range[1], start + 1) : start + 1;
  return [lineOf(text, start), lineOf(text, end - 1) + 1];
}

/** Blank and comment-only lines around a region join it (an item's comments go with it; blank lines keep rhythm). */
function withDecoration(lines: string[], [first, end]: LineRegion): LineRegion {
  const loose = (i: number) => /^\s*(#[^\n]*)?$/.test(lines[i]);
  while (first > 0 && loose(first - 1)) first--;
  while (end < lines.length && loose(end)) end++;
  return [first, end];
}

interface Step { node: Node | null; parent: YAMLMap | YAMLSeq | null; pair: Pair | null; outerFlow: Node | null }

/** The nodes along `path`: for each depth, the node, what holds it, and the outermost flow collection above. */
function steps(doc: Document, path: Segment[]): Step[] {
  const out: Step[] = [{ node: doc.contents as Node, parent: null, pair: null, outerFlow: null }];
  for (const segment of path) {
    const { node, outerFlow } = out[out.length - 1];
    if (!isCollection(node)) break;
    const flow = outerFlow ?? (node.flow ? node : null);
    const pair = isMap(node) ? (node.items.find((p) => isScalar(p.key) && p.key.value === segment) ?? null) as Pair | null : null;
    const next = isSeq(node) ? (node.items[segment as number] as Node) ?? null : (pair?.value as Node | null) ?? null;
    out.push({ node: next, parent: node, pair, outerFlow: flow });
  }
  return out;
}

/** The lines of the item or pair a step stands for (the whole flow collection when it lies in one). */
function stepLines(text: string, step: Step): LineRegion {
  if (step.outerFlow) return linesOf(text, step.outerFlow.range![0], step.outerFlow);
  const start = step.pair ? (step.pair.key as Node).range![0] : step.node!.range![0];
  return linesOf(text, start, step.node);
}

/** Where new lines for item `index` of the list at `path` may go, and which lines may change to hold them. */
function insertRegion(text: string, lines: string[], doc: Document, path: Segment[], index: number): LineRegion {
  const way = steps(doc, path);
  const list = way[way.length - 1];
  const holder = way[way.length - 2];
  if (!isSeq(list.node) || list.node.flow || list.node.items.length === 0) {
    if (list.node || list.pair) return withDecoration(lines, stepLines(text, list.node || !holder.node ? list : holder));
    return withDecoration(lines, stepLines(text, holder)); // a missing key goes at the end of its map
  }
  const items = list.node.items as Node[];
  const around = [items[index - 1], items[index]].filter((item): item is Node => item !== undefined);
  const first = index === 0 && list.pair ? (list.pair.key as Node).range![0] : around[0].range![0];
  const last = around[around.length - 1];
  return withDecoration(lines, [lineOf(text, first), linesOf(text, last.range![0], last)[1]]);
}

/** The line regions an op may change in `text` (whose parsed document is `doc`); everything else must stay byte for byte. */
export function allowedRegions(text: string, doc: Document, op: EditOp): LineRegion[] {
  const lines = text.split('\n');
  const removal = (path: Segment[]): LineRegion[] => {
    const way = steps(doc, path);
    const target = way[way.length - 1];
    const [first, end] = withDecoration(lines, stepLines(text, target));
    // The last line of a file without a final break goes with the break before it, which ends the line above.
    const regions: LineRegion[] = [[end >= lines.length && !text.endsWith('\n') ? Math.max(0, first - 1) : first, end]];
    const holder = way[way.length - 2];
    if (target.parent && target.parent.items.length === 1 && holder.node) regions.push(stepLines(text, holder)); // `[]` or `{}` in its place
    return regions;
  };
  switch (op.kind) {
    case 'set': {
      const way = steps(doc, op.path);
      const target = way[way.length - 1];
      return [target.node || target.outerFlow ? stepLines(text, target) : withDecoration(lines, stepLines(text, way[way.length - 2]))];
    }
    case 'remove':
      return removal(op.path);
    case 'insert':
      return [insertRegion(text, lines, doc, op.path, op.index)];
    case 'move': {
      const fromIndex = op.from[op.from.length - 1] as number;
      const sameList = op.to.length === op.from.length - 1 && op.to.every((s, i) => s === op.from[i]);
      const index = sameList && op.index >= fromIndex ? op.index + 1 : op.index;
      return [...removal(op.from), insertRegion(text, lines, doc, op.to, index)];
    }
  }
}

/**
 * Null when `after` equals `before` outside the allowed line regions (each region may be replaced by any text),
 * else a description of the first difference outside them.
 */
export function outsideDifference(before: string, after: string, regions: LineRegion[]): string | null {
  const lines = before.split(/(?<=\n)/);
  const merged = [...regions].sort((a, b) => a[0] - b[0]).reduce<LineRegion[]>((out, r) => {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
    return out;
  }, []);
  const kept: string[] = [];
  let at = 0;
  for (const [first, end] of merged) {
    kept.push(lines.slice(at, first).join(''));
    at = end;
  }
  kept.push(lines.slice(at).join(''));
  let pos = 0;
  for (const [k, piece] of kept.entries()) {
    const found = k === 0 ? (after.startsWith(piece) ? 0 : -1)
      : k === kept.length - 1 ? (after.endsWith(piece) && after.length - piece.length >= pos ? after.length - piece.length : -1)
        : after.indexOf(piece, pos);
    if (found < 0) return `the unchanged text ${JSON.stringify(piece.slice(0, 120))} is not kept in order`;
    pos = found + piece.length;
  }
  return null;
}

/** The comments of a text, as the YAML lexer reads them (a `#` inside a scalar is not one), with their lines. */
export function commentsOf(text: string): { comment: string; line: number }[] {
  const out: { comment: string; line: number }[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (CST.tokenType(token) === 'comment') out.push({ comment: token, line: lineOf(text, offset) });
    if (token !== CST.DOCUMENT && token !== CST.SCALAR && token !== CST.FLOW_END) offset += token.length;
  }
  return out;
}

/** True when the op goes through an alias or an anchored node, or changes a node holding one. */
export function touchesShared(doc: Document, op: EditOp): boolean {
  const paths = op.kind === 'move' ? [op.from, op.to] : [op.path];
  return paths.some((path) => {
    const nodes = steps(doc, path).map((step) => step.node);
    const last = nodes[nodes.length - 1];
    return nodes.some((node) => node !== null && (isAlias(node) || Boolean(node.anchor))) || (last !== null && sharesInside(last));
  });
}

function sharesInside(node: Node): boolean {
  let found = false;
  visit(node, {
    Node(_, inner) {
      if (isAlias(inner) || (!isPair(inner) && inner.anchor)) found = true;
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

/** True when the op moves an item whose lines hold comments into a flow collection, which cannot hold them. */
export function movesCommentsIntoFlow(text: string, doc: Document, op: EditOp): boolean {
  if (op.kind !== 'move') return false;
  const into = steps(doc, op.to);
  const target = into[into.length - 1];
  const holder = into[into.length - 2];
  const flow = target.outerFlow !== null || (isCollection(target.node) && target.node.flow) || (!target.node && holder?.outerFlow !== null);
  const from = steps(doc, op.from);
  const [first, end] = withDecoration(text.split('\n'), stepLines(text, from[from.length - 1]));
  return flow === true && commentsOf(text).some(({ line }) => line >= first && line < end);
}
