/**
 * `# cjm-ignore <code>` comments: on a line of its own it silences findings of that code on the next line; at
 * the end of a line, on that line. Comments are found with the YAML lexer, so `#` inside quoted or block text is
 * never taken for one.
 */
import { t } from '../l10n/translate';
import { Lexer } from 'yaml';
import { closestMatch } from '../didYouMean';
import { LineLocator } from '../lineLocator';
import { didYouMeanText, makeProblem, quote } from '../problems';
import type { Problem } from '../types';

/** The word that starts a suppression comment. */
export const IGNORE_MARKER = 'cjm-ignore';

/** One code named in a suppression comment. */
export interface IgnoredCode {
  code: string;
  /** Range of the code in the comment. */
  offset: number;
  length: number;
  /** The zero-based line whose findings it silences. */
  line: number;
}

/** Tokens the lexer emits that are not text of the source (document start, scalar and flow markers). */
const CONTROL_TOKENS = new Set(['\u0002', '\u001f', '\u0018']);

/** Every code named by a `# cjm-ignore` comment of the text, with the line it applies to. */
export function ignoredCodes(text: string): IgnoredCode[] {
  if (!text.includes(IGNORE_MARKER)) return [];
  const lines = new LineLocator(text);
  const found: IgnoredCode[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (CONTROL_TOKENS.has(token)) continue;
    if (token.startsWith('#')) found.push(...codesOfComment(text, token, offset, lines));
    offset += token.length;
  }
  return found;
}

function codesOfComment(text: string, comment: string, offset: number, lines: LineLocator): IgnoredCode[] {
  const match = /^#\s*cjm-ignore\b/.exec(comment);
  if (!match) return [];
  const { line, character } = lines.at(offset);
  const ownLine = text.slice(offset - character, offset).trim() === '';
  const target = ownLine ? line + 1 : line;
  const codes: IgnoredCode[] = [];
  const list = comment.slice(match[0].length).split(/\s--\s/)[0]; // `-- reason` may follow the codes
  for (const word of list.matchAll(/[^\s,]+/g)) {
    codes.push({ code: word[0], offset: offset + match[0].length + word.index, length: word[0].length, line: target });
  }
  return codes;
}

/** A warning for each code in a suppression comment that names no insight rule. */
export function unknownIgnoredCodes(ignored: IgnoredCode[], knownCodes: readonly string[]): Problem[] {
  return ignored.filter((entry) => !knownCodes.includes(entry.code)).map((entry) => {
    const suggestion = closestMatch(entry.code, [...knownCodes]);
    return makeProblem('unknown-insight-code', entry,
      t('Unknown insight code {0} in "# {1}". Insight codes: {2}.', quote(entry.code), IGNORE_MARKER, knownCodes.join(', ')) + didYouMeanText(suggestion),
      { suggestion });
  });
}
