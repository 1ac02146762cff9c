/**
 * Offsets → 1-based lines and columns as VS Code counts them (columns in UTF-16 code units; CRLF, LF and CR end lines).
 */

/** A 1-based line and column. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (ch === 10 || ch === 13) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line and column of `offset`, by binary search over `starts`. */
export function lineColumnAt(starts: number[], offset: number): LineColumn {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
