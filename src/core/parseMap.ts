/**
 * Text → yaml Document for analysis, in time linear in the text: yaml's own duplicate-key check compares each
 * key with every earlier key of its mapping (25,000 keys took 4 s) and its alias resolution re-scans the document
 * for each alias; here one walk finds the duplicate keys with a set, reporting each DUPLICATE_KEY at the repeated
 * key (yaml places it where its reading stood, which after a broken line can be an earlier token), and resolves
 * every alias (see registerAliasTargets). Every parse of map text, the whole map's and the incremental analysis's
 * pieces alike, goes through parseMapText, so all read it alike.
 */
import { YAMLParseError, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Alias, type Document, type Node, type YAMLMap } from 'yaml';
import { registerAliasTargets } from './ranges';

/** The yaml options of every parse of map text (yaml's logging off: its problems are reported as problems, never printed). */
export const MAP_PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, logLevel: 'error' } as const;

/**
 * Parses map text, a whole map or a piece of one (header, stage block, suffix), as the analysis reads it: duplicate
 * keys are in `doc.errors` at the repeated key, and a lone CR is a line break (YAML 1.2) though not to the yaml
 * library, so it is read as LF: the same length, so every range holds. `sourceTokens`: keep yaml's source tokens.
 */
export function parseMapText(text: string, sourceTokens = false): Document.Parsed {
  const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { ...MAP_PARSE_OPTIONS, keepSourceTokens: sourceTokens });
  walkMap(doc, undefined);
  return doc;
}

/** Parses a whole map's text with source ranges and source tokens, its aliases resolved (see parseMapText). */
export function parseMapDocument(text: string): Document.Parsed {
  const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { ...MAP_PARSE_OPTIONS, keepSourceTokens: true });
  const targets = new Map<Alias, Node | null>();
  walkMap(doc, targets);
  registerAliasTargets(doc, targets);
  return doc;
}

/**
 * One pre-order walk, keys before values (the order in which yaml finds "the last anchor before the alias"): the
 * duplicate keys of every mapping, and, when `targets` is given, the node each alias points at.
 */
function walkMap(doc: Document.Parsed, targets: Map<Alias, Node | null> | undefined): void {
  const anchors = new Map<string, Node>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      targets?.set(node, anchors.get(node.source) ?? null);
      continue;
    }
    if (targets && (node as Node | null)?.anchor) anchors.set((node as Node).anchor!, node as Node);
    if (isMap(node)) addDuplicateKeyErrors(doc, node);
    if (isMap(node) || isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (isPair(item)) stack.push(item.value, item.key);
        else stack.push(item);
      }
    }
  }
}

/** A DUPLICATE_KEY error at each scalar key that repeats an earlier key of the same mapping (yaml's rule: same value). */
function addDuplicateKeyErrors(doc: Document.Parsed, map: YAMLMap): void {
  const seen = new Set<unknown>();
  for (const pair of map.items) {
    if (!isScalar(pair.key) || Number.isNaN(pair.key.value)) continue;
    if (!seen.has(pair.key.value)) {
      seen.add(pair.key.value);
    } else if (pair.key.range) {
      const offset = pair.key.range[0];
      doc.errors.push(new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
    }
  }
}
