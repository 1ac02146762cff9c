/**
 * Checks made before and around parsing so that hostile or broken input gets one clear problem in bounded time.
 */
import { isCollection, isPair, type Alias, type Document, type Node, type YAMLMap } from 'yaml';
import { MAX_ALIAS_NODES, type AliasError } from './plainData';
import { formatLocalNumber, t } from './l10n/translate';
import { makeProblem, quote } from './problems';
import { rangeOfNode } from './ranges';
import type { Problem } from './types';

/** Texts longer than this (UTF-16 code units, about 2 MB) are not parsed: parsing would take seconds. */
export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;


/** A character that marks a text as binary rather than YAML. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

/** A problem for a text that must not be parsed at all (empty, too large, binary), or null. */
export function checkRawText(text: string): Problem | null {
  if (text.length > MAX_TEXT_LENGTH) {
    const size = formatLocalNumber(text.length / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return makeProblem('file-too-large', { offset: 0, length: firstLineLength(text) },
      t('This file is too large to analyse ({0} M characters); the limit is {1} M characters. Split the journey into several maps.', size, formatLocalNumber(MAX_TEXT_LENGTH / (1024 * 1024))));
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return makeProblem('binary-content', { offset: control.index, length: 1 },
      t('This file holds a control character (U+{0}), so it looks like binary data, not YAML text.', code));
  }
  return null;
}

/**
 * A warning at the first U+FFFD: the character a decoder puts where bytes are not valid UTF-8, so the file was
 * probably saved in another encoding and some of its letters are lost. Null when there is none.
 */
function replacementCharacterProblem(text: string): Problem | null {
  const offset = text.indexOf('\uFFFD');
  return offset < 0 ? null : makeProblem('invalid-utf8', { offset, length: 1 },
    t('This file holds U+FFFD, the character that replaces bytes that are not valid UTF-8: the file is probably not saved as UTF-8, and the letters there are lost. Save it as UTF-8.'));
}

/** The problem for a text that holds no YAML value (nothing, or only blanks and comments). */
export function emptyFileProblem(text: string): Problem {
  return makeProblem('empty-file', { offset: 0, length: text.length },
    t('The file is empty. A journey map needs at least "cjm: 1", a "title" and a list of "stages".'));
}

function firstLineLength(text: string): number {
  const end = text.search(/[\r\n]/);
  return Math.max(1, Math.min(end < 0 ? text.length : end, 200));
}

/**
 * The problems of reading `text`, found before its content is looked at: the parser's errors and warnings of `doc`
 * (the whole text's parse, or its pieces' placed in it) and a U+FFFD anywhere in the text.
 */
export function syntaxProblems(doc: Document.Parsed, text: string): Problem[] {
  const problems = yamlProblems(doc, text);
  const replaced = replacementCharacterProblem(text);
  if (replaced) problems.push(replaced);
  return problems;
}

/** Problems for the parser's errors and warnings, with its messages cut to their first line. */
function yamlProblems(doc: Document.Parsed, text: string): Problem[] {
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const code = error.code === 'DUPLICATE_KEY' ? 'duplicate-key'
      : error.code === 'RESOURCE_EXHAUSTION' ? 'nesting-too-deep' : 'yaml-syntax';
    const range = code === 'duplicate-key' ? keyRangeAt(error.pos[0], text) : rangeOfPos(error.pos, text);
    const message = code === 'duplicate-key'
      ? t('Duplicate key {0}: a key may appear only once in a mapping.', JSON.stringify(text.slice(range.offset, range.offset + range.length).replace(/^["']|["']$/g, '')))
      : messageOf(code, error.message);
    // Too-deep nesting makes the parser give up at several levels at once: one problem says it.
    if (code === 'nesting-too-deep' && problems.some((p) => p.code === code)) continue;
    problems.push(makeProblem(code, range, message));
  }
  for (const warning of doc.warnings) {
    problems.push(makeProblem('yaml-warning', rangeOfPos(warning.pos, text), messageOf('yaml-warning', warning.message)));
  }
  return problems;
}

function messageOf(code: string, raw: string): string {
  const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, '').trim();
  if (code === 'nesting-too-deep') return nestingMessage();
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/** The message for YAML nested deeper than a map can be, in the active language. */
export function nestingMessage(): string {
  return t('The YAML nests too deeply to analyse; a journey map needs only a few levels.');
}

/** The range of a plain or quoted mapping key that starts at `offset`. */
function keyRangeAt(offset: number, text: string): { offset: number; length: number } {
  const match = /^(?:"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*'|[^:\r\n]*?(?=:(?:\s|$)))/.exec(text.slice(offset, offset + 1000));
  return match && match[0].length > 0 ? { offset, length: match[0].length } : rangeOfPos([offset, offset + 1], text);
}

function rangeOfPos(pos: [number, number], text: string): { offset: number; length: number } {
  const offset = Math.min(Math.max(0, pos[0]), text.length);
  let end = Math.min(Math.max(offset, pos[1]), text.length);
  if (end === offset) end = Math.min(offset + 1, text.length);
  return end === offset && offset > 0 ? { offset: offset - 1, length: 1 } : { offset, length: end - offset };
}

/** Deeper than this many collections, a document cannot be a journey map (the format needs about eight). */
export const MAX_DEPTH = 64;

/** The first collection nested `maxDepth` deep or deeper (aliases not followed), or null; iterative, so never overflows. */
export function tooDeepNode(root: unknown, maxDepth = MAX_DEPTH): { range?: [number, number, number] | null } | null {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= maxDepth) return node;
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** The problem for an alias no earlier anchor defines (`title: *nope`). */
export function unknownAnchorProblem(alias: Alias, text: string): Problem {
  const range = rangeOfNode(alias) ?? { offset: 0, length: Math.min(1, text.length) };
  return makeProblem('unknown-anchor', range,
    t('Unknown anchor {0}: an alias *{1} needs an anchor &{1} earlier in the file.', quote(alias.source), alias.source));
}

/** The problem for aliases that expand too far or into themselves, at the alias that went too far. */
export function aliasProblem(error: AliasError, root: YAMLMap): Problem {
  const range = error.range ?? rangeOfNode((root.items[0]?.key ?? root) as Node) ?? { offset: 0, length: 1 };
  const message = error.kind === 'loop'
    ? t('This alias points at a node that contains it, so its value would never end.')
    : t('The YAML aliases expand to too many nodes; aliases may add at most {0} nodes to a map.', formatLocalNumber(MAX_ALIAS_NODES));
  return makeProblem('too-many-aliases', range, message);
}
