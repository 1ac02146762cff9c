/**
 * Reads a Mermaid `journey` diagram the way Mermaid 11 does: front matter and `%%{…}%%` directives removed as
 * Mermaid's preprocessing removes them (line numbers kept), then tokens by the lexical rules of Mermaid's
 * journey grammar, tried in the same order, case-insensitively: comments (`%…`, `#…`), `title` up to `#` or
 * `;`, `section` and task names up to `:`, `#` or `;`, task data after `:`, accessibility title and
 * description (one line, or `accDescr { … }` over several). Pure: no Mermaid, no DOM.
 */
import { parse as parseYaml } from 'yaml';

/** Kinds of tokens a journey diagram is made of. */
export type JourneyTokenKind =
  | 'journey' | 'newline' | 'title' | 'accTitle' | 'accDescr' | 'section' | 'taskName' | 'taskData' | 'colon' | 'invalid';

/** A token: its kind, text and 1-based line. */
export interface JourneyToken { kind: JourneyTokenKind; text: string; line: number }

type Rule = [RegExp, JourneyTokenKind | 'skip' | 'accTitleStart' | 'accDescrStart' | 'accDescrBlock'];

/** Mermaid's journey lexical rules, in its order (the first that matches wins). */
const RULES: Rule[] = [
  [/%(?!\{)[^\n]*/iy, 'skip'],
  [/[^}]%%[^\n]*/iy, 'skip'],
  [/\n+/iy, 'newline'],
  [/\s+/iy, 'skip'],
  [/#[^\n]*/iy, 'skip'],
  [/journey\b/iy, 'journey'],
  [/title\s[^#\n;]+/iy, 'title'],
  [/accTitle\s*:\s*/iy, 'accTitleStart'],
  [/accDescr\s*:\s*/iy, 'accDescrStart'],
  [/accDescr\s*\{\s*/iy, 'accDescrBlock'],
  [/section\s[^#:\n;]+/iy, 'section'],
  [/[^#:\n;]+/iy, 'taskName'],
  [/:[^#\n;]+/iy, 'taskData'],
  [/:/iy, 'colon'],
  [/[^]/iy, 'invalid'],
];

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

const linesIn = (text: string) => text.split('\n').length - 1;

/** The value after `accTitle:` / `accDescr:` (to the line end) or inside `accDescr { … }` (to the `}`). */
function accValue(text: string, at: number, block: boolean): string {
  const end = block ? text.indexOf('}', at) : text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

/** The tokens of a journey diagram's text (after `preprocess`). */
export function tokenize(text: string, firstLine = 1): JourneyToken[] {
  const tokens: JourneyToken[] = [];
  let at = 0;
  let line = firstLine;
  while (at < text.length) {
    const [pattern, kind] = RULES.find(([p]) => matchAt(p, text, at) !== undefined)!;
    let matched = matchAt(pattern, text, at)!;
    if (kind === 'accTitleStart' || kind === 'accDescrStart' || kind === 'accDescrBlock') {
      const value = accValue(text, at + matched.length, kind === 'accDescrBlock');
      tokens.push({ kind: kind === 'accTitleStart' ? 'accTitle' : 'accDescr', text: value.trim(), line });
      matched += value + (kind === 'accDescrBlock' && text[at + matched.length + value.length] === '}' ? '}' : '');
    } else if (kind !== 'skip') {
      tokens.push({ kind, text: matched, line });
    }
    line += linesIn(matched);
    at += matched.length;
  }
  return tokens;
}

/** What preprocessing found: the text left for the lexer, the front matter's `title:`, and why it could not be read. */
export interface PreprocessedJourney { text: string; frontMatterTitle?: string; frontMatterError?: string }

const FRONT_MATTER = /^-{3}\s*\n([^]*?)\n-{3}\s*\n+/;
const DIRECTIVE = /%%\{[^]*?\}%%/g;
const blank = (text: string) => text.replace(/[^\n]/g, '');

/** Front matter and directives blanked out (their line feeds kept, so lines still count from the file's first). */
export function preprocess(source: string): PreprocessedJourney {
  let text = source.replace(/\r\n?/g, '\n');
  let frontMatterTitle: string | undefined;
  let frontMatterError: string | undefined;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    try {
      const data: unknown = parseYaml(front[1]);
      const title = data && typeof data === 'object' ? (data as Record<string, unknown>).title : undefined;
      if (typeof title === 'string' || typeof title === 'number') frontMatterTitle = String(title).trim();
    } catch (error) {
      frontMatterError = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
    text = blank(front[0]) + text.slice(front[0].length);
  }
  return { text: text.replace(DIRECTIVE, blank), frontMatterTitle, frontMatterError };
}
