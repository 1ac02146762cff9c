/**
 * A column of text laid out top to bottom: paragraphs, bulleted entries and gaps, wrapped to the column's
 * width with the export font's metrics. Shapes are placed at absolute positions from the flow's origin.
 */
import { fontAscentEm, type FontWeight } from '../layout/fontMetrics';
import { wrapText } from '../layout/wrapText';
import type { Shape } from './scene';

/** How a paragraph is set. */
export interface ParagraphStyle {
  size: number;
  weight?: FontWeight;
  color: string;
  /** Extra left margin in px. */
  indent?: number;
  anchor?: 'start' | 'middle' | 'end';
}

/** Line height for a font size: 1.4 em, rounded to a pixel. */
export function lineHeight(size: number): number {
  return Math.round(size * 1.4);
}

/** Distance from the top of a line box to its baseline. */
export function baselineOffset(size: number, weight: FontWeight = 'normal'): number {
  const ascent = fontAscentEm(weight) * size;
  const halfLeading = (lineHeight(size) - size * 1.164) / 2;
  return Math.round((halfLeading + ascent) * 100) / 100;
}

/** A top-to-bottom flow of text in a column `width` px wide starting at (x, y). */
export class TextFlow {
  readonly shapes: Shape[] = [];
  /** The next free y. */
  y: number;

  constructor(readonly x: number, readonly top: number, readonly width: number) {
    this.y = top;
  }

  /** Adds a wrapped paragraph; returns its line count. */
  paragraph(text: string, style: ParagraphStyle): number {
    const indent = style.indent ?? 0;
    const weight = style.weight ?? 'normal';
    const lines = wrapText(text, this.width - indent, { size: style.size, weight });
    const middle = style.anchor === 'middle';
    this.shapes.push({
      kind: 'text', x: middle ? this.x + this.width / 2 : this.x + indent, y: this.y + baselineOffset(style.size, weight),
      lines, size: style.size, weight, fill: style.color, lineHeight: lineHeight(style.size), anchor: style.anchor,
    });
    this.y += lines.length * lineHeight(style.size);
    return lines.length;
  }

  /** Adds an entry with a bullet in `bulletColor` and a hanging indent. */
  bullet(text: string, style: ParagraphStyle, bulletColor = style.color): void {
    const size = style.size;
    const cy = this.y + lineHeight(size) / 2;
    const r = size * 0.17;
    this.shapes.push({ kind: 'rect', x: this.x + 2, y: cy - r, width: 2 * r, height: 2 * r, rx: r, fill: bulletColor });
    this.paragraph(text, { ...style, indent: (style.indent ?? 0) + Math.round(size * 0.9) });
    this.gap(3);
  }

  /** Leaves `px` of space. */
  gap(px: number): void {
    this.y += px;
  }

  /** The height used so far. */
  get height(): number {
    return this.y - this.top;
  }
}
