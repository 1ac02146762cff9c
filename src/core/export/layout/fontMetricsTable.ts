/** The shape of a generated font metrics table (src/core/export/layout/dejavuSansMetrics.ts). */

/** A font's advance widths: see scripts/generateFontMetrics.mjs for the `widths` encoding. */
export interface FontMetricsTable {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  widths: string;
}
