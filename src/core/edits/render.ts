/**
 * Writes values as YAML text in the style of their surroundings: scalars keep their quoting when it still
 * holds, new items come out as block lines at a given indentation or as one-line flow text.
 */
import { Document, isCollection, isSeq, isScalar, parseDocument, visit } from 'yaml';
import type { Scalar } from 'yaml';

/** A value the map editor may write: JSON data (strings, finite numbers, booleans, null, arrays, plain objects). */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** True when `value` is JSON data that can be written as YAML. */
export function isPlainData(value: unknown, depth = 0): value is Plain {
  if (depth > 32) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => isPlainData(v, depth + 1));
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value as object).every((v) => isPlainData(v, depth + 1));
}

/** True when `value` can be written without quotes at this place and still reads back as the same string. */
export function plainWorks(value: string, inFlow: boolean): boolean {
  if (value === '' || value !== value.trim() || /[\n\r\t]/.test(value) || needsEscape(value) || value.length > 4096) return false;
  const probe = parseDocument(inFlow ? `[${value}]` : `k: ${value}`);
  if (probe.errors.length > 0) return false;
  const read = inFlow ? probe.getIn([0]) : probe.get('k');
  return read === value && (inFlow ? (probe.contents as { items: unknown[] }).items.length === 1 : true);
}

/**
 * Characters a YAML file must not hold raw (YAML 1.2 "printable" excludes them; most make editors read the file
 * as binary): C0 controls but tab and line breaks, DEL and the C1 controls, U+2028/2029, U+FFFE/FFFF, and
 * surrogates without their pair. Written as escapes inside double quotes.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when the text holds a character that may only be written escaped (see NEEDS_ESCAPE). */
export function needsEscape(value: string): boolean {
  NEEDS_ESCAPE.lastIndex = 0;
  return NEEDS_ESCAPE.test(value);
}

/** The YAML escape of one character: `\xNN` below U+0100, `\uNNNN` above. */
function escapeOf(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Escapes the characters of NEEDS_ESCAPE in a text that stands inside double quotes. */
function escapeRaw(quoted: string): string {
  return quoted.replace(NEEDS_ESCAPE, escapeOf);
}

/** A string in double quotes: JSON escapes (valid YAML escapes), and every character of NEEDS_ESCAPE escaped. */
export function doubleQuoted(value: string): string {
  return escapeRaw(JSON.stringify(value));
}

/** Writes a scalar for a place that had `style` (undefined for a new place); null when that style cannot hold it. */
export function renderScalar(value: string | number | boolean | null, style: Scalar.Type | undefined, inFlow: boolean): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  if (style === 'QUOTE_DOUBLE') return doubleQuoted(value);
  if (style === 'QUOTE_SINGLE' && !/[\n\r\t]/.test(value) && !needsEscape(value)) return `'${value.replace(/'/g, "''")}'`;
  return plainWorks(value, inFlow) ? value : doubleQuoted(value);
}


/** Writes a multi-line string as a literal block scalar (`|` or `|-`) with its lines at `indent`; null when it cannot. */
export function renderLiteral(value: string, indent: number, eol: string): string | null {
  if (/^[ \t]|^\n|\n\n$|\r/.test(value) || needsEscape(value) || !value.includes('\n')) return null;
  const keep = value.endsWith('\n');
  const lines = (keep ? value.slice(0, -1) : value).split('\n');
  const body = lines.map((line) => (line === '' ? '' : ' '.repeat(indent) + line)).join(eol);
  return `|${keep ? '' : '-'}${eol}${body}`;
}

/** A YAML document for `value` whose lists of scalars are written in flow style (`[a, b]`), as maps usually are. */
function documentFor(value: Plain): Document {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, seq) {
      if (seq !== doc.contents && seq.items.length > 0 && seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return quoteWhatNeedsEscapes(doc);
}

/** Puts every string (key or value) that holds a character of NEEDS_ESCAPE in double quotes. */
function quoteWhatNeedsEscapes(doc: Document): Document {
  visit(doc, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && needsEscape(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
  return doc;
}

/**
 * The text of a document built by documentFor or renderFlow: the writer leaves some characters of NEEDS_ESCAPE
 * raw, and each of them stands inside double quotes there (quoteWhatNeedsEscapes), so escaping them is safe.
 */
function written(doc: Document, options: Parameters<Document['toString']>[0]): string {
  return escapeRaw(doc.toString(options));
}

/** `value` as block lines (each ending with `eol`) indented by `indent`; as a list item when `asItem`. */
export function renderBlock(value: Plain, indent: number, eol: string, asItem: boolean): string {
  const doc = documentFor(asItem ? [value] : value);
  const yamlText = written(doc, { lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
  const pad = ' '.repeat(indent);
  return yamlText.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '' : pad + line) + eol).join('');
}

/** `value` on one line in flow style, for a place inside `[...]` or `{...}` (or after `key: `). */
export function renderFlow(value: Plain, inFlow: boolean): string {
  if (value === null || typeof value !== 'object') return renderScalar(value, undefined, inFlow);
  const doc = new Document(value);
  visit(doc, {
    Map(_, map) { map.flow = true; },
    Seq(_, seq) { seq.flow = true; },
  });
  return written(quoteWhatNeedsEscapes(doc), { lineWidth: 0, flowCollectionPadding: true }).replace(/\n$/, '');
}

/** True when a value is a map or a list (written on lines of its own in block style). */
export function isStructured(value: Plain): value is Plain[] | { [key: string]: Plain } {
  return value !== null && typeof value === 'object';
}

/** True when the node is a list written in block style. */
export function isBlockSeq(node: unknown): boolean {
  return isSeq(node) && !node.flow;
}

/** True when the node is a map or list written in flow style. */
export function isFlowCollection(node: unknown): boolean {
  return isCollection(node) && node.flow === true;
}
