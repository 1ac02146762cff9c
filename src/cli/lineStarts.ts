/**
 * Offsets → 1-based lines and columns as VS Code shows them (columns in UTF-16 code units; CRLF, LF and CR end
 * lines), on top of the core's zero-based line arithmetic.
 */
import { lineCharacterAt, lineStarts } from '../core/lineLocator';

export { lineStarts };

/** A 1-based line and column. */
export interface LineColumn {
  line: number;
  column: number;
}

/** The 1-based line and column of `offset`, by binary search over `starts`. */
export function lineColumnAt(starts: number[], offset: number): LineColumn {
  const { line, character } = lineCharacterAt(starts, offset);
  return { line: line + 1, column: character + 1 };
}
