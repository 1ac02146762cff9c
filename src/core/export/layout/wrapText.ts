/**
 * Line breaking for exported text: greedy, at spaces and after hyphens, measured with the export font's
 * metrics; a word wider than the line is broken between grapheme clusters (never inside an emoji).
 */
import { graphemeEm, graphemes, textWidth, type FontWeight } from './fontMetrics';

/** How a text is set: size in px and weight. */
export interface TextStyle {
  size: number;
  weight?: FontWeight;
}

/** Words with the space or hyphen that ends them kept on the word: "well-kept plan" → ["well-", "kept ", "plan"]. */
function words(text: string): string[] {
  return text.match(/[^\s-]*-+|\S+\s*|\s+/g) ?? [];
}

/** Breaks a word wider than `max` into pieces that fit, between grapheme clusters. */
function breakWord(word: string, max: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const g of graphemes(word)) {
    const w = graphemeEm(g, style.weight ?? 'normal') * style.size;
    if (piece && width + w > max) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += g;
    width += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Lines of one paragraph (no line feeds) that each fit in `max` px. Widths add up: the layout does not kern. */
function wrapParagraph(paragraph: string, max: number, style: TextStyle): string[] {
  const lines: string[] = [];
  const width = (text: string) => textWidth(text, style.size, style.weight);
  let line = '';
  let lineWidth = 0; // of `line` with its trailing white space
  for (const word of words(paragraph)) {
    if (!line && !word.trim()) continue;
    const inked = word.trimEnd();
    if (lineWidth + width(inked) <= max) {
      line += word;
      lineWidth += width(word);
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    const start = word.trimStart();
    if (width(start.trimEnd()) <= max) {
      line = start;
      lineWidth = width(start);
      continue;
    }
    const pieces = breakWord(word.trim(), max, style);
    lines.push(...pieces.slice(0, -1));
    line = (pieces[pieces.length - 1] ?? '') + (/\s$/.test(word) ? ' ' : '');
    lineWidth = width(line);
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** The lines of a text set in `style` within `max` px: its own line feeds kept, long lines wrapped. */
export function wrapText(text: string, max: number, style: TextStyle): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').flatMap((p) => wrapParagraph(p.replace(/\t/g, ' '), max, style));
}
