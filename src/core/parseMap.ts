/**
 * Text → yaml Document for analysis, in time linear in the text: yaml's own duplicate-key check compares each
 * key with every earlier key of its mapping (25,000 keys took 4 s), so keys are checked here with a set instead,
 * giving the same DUPLICATE_KEY errors; and every alias is resolved once (see indexAliases).
 */
import { YAMLParseError, isScalar, parseDocument, visit, type Document, type YAMLMap } from 'yaml';
import { indexAliases } from './ranges';

/** The yaml options of the analysis parse (yaml's logging off: its problems are reported as problems, never printed). */
export const MAP_PARSE_OPTIONS = { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false, logLevel: 'error' } as const;

/**
 * Parses a map's text with source ranges; duplicate keys are in `doc.errors` as yaml reports them. A lone CR is a
 * line break in YAML 1.2 but not to the yaml library, so it is read as LF: the same length, so every range holds.
 */
export function parseMapDocument(text: string): Document.Parsed {
  const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), MAP_PARSE_OPTIONS);
  visit(doc, { Map: (_key, map) => addDuplicateKeyErrors(doc, map) });
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
