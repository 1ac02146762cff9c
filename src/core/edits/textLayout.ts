/**
 * Line-level helpers over a text: line starts and ends, indentation, blank and comment-only lines.
 * Offsets are UTF-16 code units; a line's end includes its line break (`\n`, `\r\n` or a lone `\r`, as YAML
 * reads them). Line starts and columns come from src/core/lineLocator.ts, the one place of line arithmetic.
 */
import { columnOf, lineStartOf, nextLineStartOf } from '../lineLocator';

export { columnOf };

/** The line break the text uses (the first one found), `\n` when it has none. */
export function eolOf(text: string): '\n' | '\r\n' {
  const at = text.indexOf('\n');
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset of the start of the line that holds `offset`. */
export const lineStart = lineStartOf;

/** Offset just past the line break of the line that holds `offset` (the text's length on the last line). */
export const nextLineStart = nextLineStartOf;

/** Start of the line before the line starting at `start` (`-1` when `start` is on the first line). */
export function previousLineStart(text: string, start: number): number {
  return start === 0 ? -1 : lineStart(text, start - 1);
}

/** The text of the line starting at `start`, without its line break. */
export function lineAt(text: string, start: number): string {
  const end = nextLineStart(text, start);
  return text.slice(start, end).replace(/(?:\r\n|\r|\n)$/, '');
}

/** True when the line starting at `start` holds only spaces or tabs (and it exists). */
export function isBlankLine(text: string, start: number): boolean {
  return start >= 0 && start < text.length && /^[ \t]*$/.test(lineAt(text, start));
}

/** Indentation of a line (count of leading spaces), or -1 for a blank line. */
export function indentOfLine(line: string): number {
  return /^[ \t]*$/.test(line) ? -1 : line.length - line.trimStart().length;
}

/** True when the line is only a comment, indented by more than `column`. */
export function isCommentLineDeeperThan(line: string, column: number): boolean {
  const trimmed = line.trimStart();
  return trimmed.startsWith('#') && line.length - trimmed.length > column;
}

/** True when the text between the start of its line and `offset` is only spaces. */
export function onlySpacesBefore(text: string, offset: number): boolean {
  return /^[ ]*$/.test(text.slice(lineStart(text, offset), offset));
}

/** Splits a text into lines keeping each line's own break (`\r\n` or `\n`) at its end. */
export function splitKeepingBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Shifts every non-blank line right (delta > 0) or left (delta < 0) by `delta` spaces; null when a line is too shallow. */
export function reindent(block: string, delta: number): string | null {
  const out: string[] = [];
  for (const line of splitKeepingBreaks(block)) {
    const body = line.replace(/(?:\r\n|\r|\n)$/, '');
    if (/^[ \t]*$/.test(body)) out.push(line);
    else if (delta >= 0) out.push(' '.repeat(delta) + line);
    else if (/^ *$/.test(line.slice(0, -delta))) out.push(line.slice(-delta));
    else return null;
  }
  return out.join('');
}
