/**
 * Text widths from real font metrics: the advance widths of the font the exports ship (DejaVu Sans), read from
 * a generated table, so layout needs no browser and no font file. Kerning is ignored, which errs on the wide
 * side: a line measured here never overflows where a renderer kerns.
 */
import { DEJAVU_SANS, DEJAVU_SANS_BOLD } from './dejavuSansMetrics';
import type { FontMetricsTable } from './fontMetricsTable';

/** The weights the exports use. */
export type FontWeight = 'normal' | 'bold';

/** The font family the exports name; the layout is measured for it. */
export const EXPORT_FONT_FAMILY = 'DejaVu Sans';

/** The CSS font stack of exported text: the shipped font first, then look-alikes with similar widths. */
export const EXPORT_FONT_STACK = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

/** Width, in em, given to a pictograph (emoji) the font lacks or that renderers draw from a colour emoji font. */
const EMOJI_EM = 1.25;
/** Width, in em, of any other character the font lacks (CJK and the like are about square). */
const MISSING_EM = 1;

const decoded = new Map<FontMetricsTable, Map<number, number>>();

function decode(table: FontMetricsTable): Map<number, number> {
  const widths = new Map<number, number>();
  for (const run of table.widths.split(';')) {
    const [start, list] = run.split(':');
    let cp = parseInt(start, 36);
    for (const part of list.split(',')) {
      const [width, times = '1'] = part.split('*');
      for (let n = parseInt(times, 36); n > 0; n--) widths.set(cp++, parseInt(width, 36) / table.unitsPerEm);
    }
  }
  return widths;
}

/** Advance widths in em by code point, decoded once per table. */
function widthsOf(table: FontMetricsTable): Map<number, number> {
  let widths = decoded.get(table);
  if (!widths) decoded.set(table, (widths = decode(table)));
  return widths;
}

/** The metrics table of a weight. */
export function fontTable(weight: FontWeight): FontMetricsTable {
  return weight === 'bold' ? DEJAVU_SANS_BOLD : DEJAVU_SANS;
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** Zero-width joiners, marks and variation selectors: no advance of their own. */
function zeroWidth(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** Width in em of one grapheme cluster (a user-perceived character, e.g. an emoji with its modifiers). */
export function graphemeEm(grapheme: string, weight: FontWeight): number {
  const widths = widthsOf(fontTable(weight));
  if (PICTOGRAPH.test(grapheme)) {
    const single = [...grapheme].filter((c) => !zeroWidth(c));
    const own = single.length === 1 ? widths.get(single[0].codePointAt(0) ?? 0) : undefined;
    return Math.max(own ?? 0, EMOJI_EM);
  }
  let em = 0;
  for (const char of grapheme) {
    if (zeroWidth(char)) continue;
    em += widths.get(char.codePointAt(0) ?? 0) ?? MISSING_EM;
  }
  return em;
}

let segmenter: Intl.Segmenter | undefined;

/** The grapheme clusters of a text. */
export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Characters that may join others into one cluster (marks, joiners, selectors, pictographs, astral planes). */
const CLUSTERING = /\p{M}|\p{Extended_Pictographic}|[\u200b-\u200f\u2060]|[\u{10000}-\u{10ffff}]/u;

/** Width in px of a text set at `size` px in the export font. */
export function textWidth(text: string, size: number, weight: FontWeight = 'normal'): number {
  let em = 0;
  if (CLUSTERING.test(text)) {
    for (const g of graphemes(text)) em += graphemeEm(g, weight);
    return em * size;
  }
  const widths = widthsOf(fontTable(weight));
  for (let i = 0; i < text.length; i++) em += widths.get(text.charCodeAt(i)) ?? MISSING_EM;
  return em * size;
}

/** Ascent of the export font in em (from the baseline up). */
export function fontAscentEm(weight: FontWeight = 'normal'): number {
  const table = fontTable(weight);
  return table.ascent / table.unitsPerEm;
}
