/**
 * Offsets → zero-based lines and characters, counted as VS Code counts them: characters in UTF-16 code units,
 * and `\n`, `\r\n` or `\r` ending a line. Shared by code references, the CLI and diagnostics of unopened maps.
 */

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

/** The line and character of `offset`, by binary search over `starts`. */
export function lineCharacterAt(starts: number[], offset: number): LineCharacter {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
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
