/**
 * Text → yaml Document for analysis, in time linear in the text: yaml's own duplicate-key check compares each
 * key with every earlier key of its mapping (25,000 keys took 4 s), so keys are checked here with a set instead,
 * reporting each DUPLICATE_KEY at the repeated key (yaml places it where its reading stood, which after a broken
 * line can be an earlier token); and every alias is resolved once (see indexAliases). Every parse of map text,
 * the whole map's and the incremental analysis's pieces alike, goes through parseMapText, so all read it alike.
 */
import { YAMLParseError, isScalar, parseDocument, visit, type Document, type YAMLMap } from 'yaml';
import { indexAliases } from './ranges';

/** The yaml options of every parse of map text (yaml's logging off: its problems are reported as problems, never printed). */
const MAP_PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, logLevel: 'error' } as const;

/**
 * Parses map text, a whole map or a piece of one (header, stage block, suffix), as the analysis reads it: duplicate
 * keys are in `doc.errors` at the repeated key, and a lone CR is a line break (YAML 1.2) though not to the yaml
 * library, so it is read as LF: the same length, so every range holds. `sourceTokens`: keep yaml's source tokens.
 */
export function parseMapText(text: string, sourceTokens = false): Document.Parsed {
  const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { ...MAP_PARSE_OPTIONS, keepSourceTokens: sourceTokens });
  visit(doc, { Map: (_key, map) => addDuplicateKeyErrors(doc, map) });
  return doc;
}

/** Parses a whole map's text with source ranges and source tokens, its aliases indexed (see parseMapText). */
export function parseMapDocument(text: string): Document.Parsed {
  const doc = parseMapText(text, true);
  indexAliases(doc);
  return doc;
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
