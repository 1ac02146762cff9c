/**
 * Map text inside Markdown and labels, the one place that escapes it: hover cards, code-reference hovers,
 * CodeLens titles and the Markdown export. Escaped text shows exactly as written and can never become a link, an image, HTML, a
 * heading, a list or a table cell border. No `vscode`, no DOM.
 */

/** Characters that mean something anywhere in a line of Markdown (GFM tables and strikethrough included). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~#&]/g;

/** Where GFM would turn a bare address into a link (`https://…`, `www.…`): the escape keeps it text. */
const AUTOLINK_START = /(?<=\b(?:https?|ftp))(?=:\/\/)|(?<=\bwww)(?=\.)/gi;

/**
 * What turns a line into a block at its start: a list item (`- `, `+ `, `1. `, `2) `), a quote (`>`), or a line
 * of only `-` or `=` (a rule or a heading underline). `+1` or `2.5` are left alone.
 */
const BLOCK_START = /^([ \t]*)([-+](?=[ \t]|$)|-(?=[- \t]*$)|=(?=[= \t]*$)|>|\d{1,9}(?=[.)](?:[ \t]|$)))/;

/** Escapes map text for inline Markdown; line breaks become `lineBreak` (a space, or `<br>` in a table cell). */
export function escapeMarkdown(text: string, lineBreak = ' '): string {
  const inline = text.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(AUTOLINK_START, '\\');
  const blockSafe = inline.replace(BLOCK_START, (_all, indent: string, marker: string) =>
    /^\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`);
  return blockSafe.replace(/\r\n|\r|\n/g, lineBreak);
}

/**
 * Map text as a Markdown code span: fenced with more backticks than any run inside it, so nothing inside can
 * close it early (inside a code span no link, emphasis or HTML is read). Line breaks become spaces.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Map text for a label that reads `$(icon)` syntax (CodeLens titles, status bar): `$(` is escaped, so a name
 * like `$(alert)` shows as written instead of an icon. Line breaks become spaces.
 */
export function escapeIconSyntax(text: string): string {
  return text.replace(/\$\(/g, '\\$(').replace(/\r\n|\r|\n/g, ' ');
}
