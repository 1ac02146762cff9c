/**
 * Offsets → zero-based lines and characters, counted as VS Code counts them: characters in UTF-16 code units,
 * and `\n`, `\r\n` or `\r` ending a line (as YAML and VS Code both read them). The one place of line arithmetic:
 * code references, the CLI, diagnostics of unopened maps, positions in a map and the edits' text layout.
 */
import { firstIndexWhere } from './lists';

/** A zero-based line and UTF-16 character, as in VS Code. */
export interface LineCharacter {
  line: number;
  character: number;
}

/** Offsets where each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** Offset of the start of the line holding `offset`: just past the last line break before it (0 on the first line). */
export function lineStartOf(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    // A CR is a break of its own unless an LF follows it (a CRLF whose LF lies before `offset` was met above).
    if (c === 13 && text.charCodeAt(i + 1) !== 10) return i + 1;
  }
  return 0;
}

/** Offset just past the line break that ends the line holding `offset` (the text's length on the last line). */
export function nextLineStartOf(text: string, offset: number): number {
  for (let i = Math.max(offset, 0); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}

/** Offset of the end of the content of the line holding `offset` (before its line break). */
export function lineEndOf(text: string, offset: number): number {
  for (let i = Math.max(offset, 0); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** The column of an offset: UTF-16 code units from the start of its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The line and character of `offset`, by binary search over `starts`. */
export function lineCharacterAt(starts: number[], offset: number): LineCharacter {
  const line = Math.max(0, firstIndexWhere(starts.length, (i) => starts[i] > offset) - 1);
  return { line, character: offset - starts[line] };
}

/** Line starts computed once for a text, then any number of look-ups. */
export class LineLocator {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = lineStarts(text);
  }

  /** The line and character of an offset. */
  at(offset: number): LineCharacter {
    return lineCharacterAt(this.starts, offset);
  }
}
