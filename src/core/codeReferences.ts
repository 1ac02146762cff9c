/**
 * References from source code to touchpoints: a comment holding `cjm: <map-id>/<touchpoint-id>` (the
 * marker is configurable). Language-agnostic: a marker counts when it follows a comment opener on its line
 * (`//`, `#`, `--`), starts a block-comment continuation line (`*`), or sits inside a `/* … *\/` or
 * `<!-- … -->` block (unclosed counts: the user may be typing it), or inside a Python docstring (`"""` or `'''`). Offsets are UTF-16 code units, as VS Code counts them.
 */
import { t } from './l10n/translate';
import { didYouMeanText } from './problems';
import { closestMatch } from './didYouMean';
import { LineLocator, lineStartOf, type LineCharacter } from './lineLocator';
import type { Problem } from './types';

/** The marker used when the setting `journeyMaps.codeReferences.marker` is not set. */
export const DEFAULT_MARKER = 'cjm:';

/** One `map-id/touchpoint-id` reference found in a comment. */
export interface CodeReference {
  mapId: string;
  touchpointId: string;
  /** Start of `map-id/touchpoint-id` (the map id starts here). */
  offset: number;
  /** Length of `map-id/touchpoint-id`. */
  length: number;
  /** Start of the touchpoint id (after the slash). */
  touchpointOffset: number;
  /** Start of the marker that introduces this reference. */
  markerOffset: number;
  /** Line and character of `offset` (a reference never spans lines). */
  start: LineCharacter;
}

/** Text after a marker in a comment that looks like an attempted reference but is not `map-id/touchpoint-id`. */
export interface MalformedCodeReference {
  offset: number;
  length: number;
  text: string;
}

/** Everything a scan of one source text finds. */
export interface CodeReferenceScan {
  references: CodeReference[];
  malformed: MalformedCodeReference[];
}

const ID = String.raw`[\p{L}\p{N}][\p{L}\p{N}_.-]*`;
const REFERENCE = new RegExp(String.raw`(${ID})/(${ID})`, 'uy');
const SEPARATOR = /[ \t]*,[ \t]*/y;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LINE_OPENERS = ['//', '#', '--'];
const BLOCKS: [string, string][] = [['/*', '*/'], ['<!--', '-->']];
/** Python docstrings (and other triple-quoted blocks): inside one when an odd number of its quotes come before. */
const TRIPLE_QUOTES = ['"""', "'''"];

/** Every reference (and malformed attempt) in comments of a source text. Cheap when the marker is absent. */
export function scanCodeReferences(text: string, marker: string = DEFAULT_MARKER): CodeReferenceScan {
  const scan: CodeReferenceScan = { references: [], malformed: [] };
  if (marker === '' || !text.includes(marker)) return scan;
  let locator: LineLocator | undefined;
  const lines = { at: (offset: number): LineCharacter => (locator ??= new LineLocator(text)).at(offset) };
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
    if (at > 0 && WORD_CHAR.test(text[at - 1]) && WORD_CHAR.test(marker[0])) continue;
    if (!inComment(text, at)) continue;
    readReferences(text, at, at + marker.length, lines, scan);
  }
  return scan;
}

function readReferences(text: string, markerOffset: number, from: number, lines: Pick<LineLocator, 'at'>, scan: CodeReferenceScan): void {
  let at = skipBlanks(text, from);
  for (;;) {
    REFERENCE.lastIndex = at;
    const match = REFERENCE.exec(text);
    const reference = match && toReference(match, at, markerOffset, text, lines);
    if (!reference) {
      const rest = /^[^\s,]*/.exec(text.slice(at, at + 200))?.[0] ?? '';
      if (rest.includes('/')) scan.malformed.push({ offset: at, length: rest.length, text: rest });
      return;
    }
    scan.references.push(reference);
    SEPARATOR.lastIndex = at + reference.length;
    if (!SEPARATOR.test(text)) return;
    at = SEPARATOR.lastIndex;
  }
}

function toReference(match: RegExpExecArray, at: number, markerOffset: number, text: string, lines: Pick<LineLocator, 'at'>): CodeReference | undefined {
  const mapId = match[1];
  // A sentence may end right after the reference: "see cjm: checkout/search-ad."
  const touchpointId = match[2].replace(/\.+$/, '');
  const length = mapId.length + 1 + touchpointId.length;
  if (touchpointId === '' || text[at + length] === '/') return undefined;
  return { mapId, touchpointId, offset: at, length, touchpointOffset: at + mapId.length + 1, markerOffset, start: lines.at(at) };
}

function skipBlanks(text: string, at: number): number {
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

/** True when the offset is inside a comment, by the language-agnostic rules above. */
export function inComment(text: string, offset: number): boolean {
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(lineStart, offset);
  if (LINE_OPENERS.some((opener) => before.includes(opener))) return true;
  if (before.trimStart().startsWith('*')) return true;
  if (TRIPLE_QUOTES.some((quotes) => occurrences(text, quotes, offset) % 2 === 1)) return true;
  return BLOCKS.some(([opener, closer]) => {
    const open = text.lastIndexOf(opener, offset - opener.length);
    if (open < 0) return false;
    const close = text.indexOf(closer, open + opener.length);
    return close < 0 || close >= offset;
  });
}

/** How many times `needle` occurs (without overlap) before `end`. */
function occurrences(text: string, needle: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && at + needle.length <= end; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** What the workspace knows: its map ids and each map's touchpoint ids. */
export interface MapCatalog {
  mapIds(): Iterable<string>;
  /** The touchpoint ids of every map with this id, or undefined when no map has it. */
  touchpointIds(mapId: string): string[] | undefined;
}

/** The warning for a reference to a map or touchpoint that does not exist, with did-you-mean; else undefined. */
export function codeReferenceProblem(reference: CodeReference, catalog: MapCatalog): Problem | undefined {
  const touchpoints = catalog.touchpointIds(reference.mapId);
  if (!touchpoints) {
    const known = [...catalog.mapIds()];
    const suggestion = closestMatch(reference.mapId, known);
    return {
      offset: reference.offset, length: reference.mapId.length, severity: 'warning', code: 'unknown-map', suggestion,
      message: t('Unknown map "{0}": no *.cjm.yaml in the workspace has this id.', reference.mapId) + hint(suggestion, known, 'maps'),
    };
  }
  if (touchpoints.includes(reference.touchpointId)) return undefined;
  const suggestion = closestMatch(reference.touchpointId, touchpoints);
  return {
    offset: reference.touchpointOffset, length: reference.touchpointId.length, severity: 'warning', code: 'unknown-touchpoint', suggestion,
    message: t('Map "{0}" has no touchpoint "{1}".', reference.mapId, reference.touchpointId) + hint(suggestion, touchpoints, 'touchpoints'),
  };
}

/** The warning for text after the marker that is not `map-id/touchpoint-id`. */
export function malformedReferenceProblem(malformed: MalformedCodeReference, marker: string): Problem {
  return {
    offset: malformed.offset, length: malformed.length, severity: 'warning', code: 'malformed-code-reference',
    message: t('"{0}" is not a touchpoint reference: write {1} <map-id>/<touchpoint-id>.', malformed.text, marker),
  };
}

function hint(suggestion: string | undefined, known: string[], what: 'maps' | 'touchpoints'): string {
  if (suggestion) return didYouMeanText(suggestion);
  if (known.length === 0) return '';
  const shown = `${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}`;
  return ` ${what === 'maps' ? t('Maps: {0}.', shown) : t('Its touchpoints: {0}.', shown)}`;
}
