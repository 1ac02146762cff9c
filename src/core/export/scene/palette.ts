/**
 * Colours of an exported map. The print palette matches the print theme of the HTML export
 * (printTheme.ts); the dark one follows a dark editor theme when the export theme is "current".
 */

/** The colours the map renderer uses. */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  border: string;
  laneBackground: string;
  headerBackground: string;
  cardBackground: string;
  accent: string;
  pain: string;
  opportunity: string;
  moment: string;
  grid: string;
  /** Colours of personas' curves without their own `color`, in order. */
  series: string[];
}

/** Light colours for paper, slides and wikis. */
export const PRINT_PALETTE: Palette = {
  background: '#ffffff', text: '#1f2328', muted: '#59636e', border: '#d0d7de', laneBackground: '#f6f8fa',
  headerBackground: '#eef2f6', cardBackground: '#ffffff', accent: '#0969da', pain: '#cf222e',
  opportunity: '#1a7f37', moment: '#bf8700', grid: '#d8dee4',
  series: ['#0b5cc4', '#c2510c', '#2a7a2e', '#7b3fb0', '#c0262d', '#8a6a00'],
};

/** Dark colours, for an export that follows a dark editor theme. */
export const DARK_PALETTE: Palette = {
  background: '#1e1e1e', text: '#d4d4d4', muted: '#9d9d9d', border: '#3c3c3c', laneBackground: '#252526',
  headerBackground: '#2d2d30', cardBackground: '#1e1e1e', accent: '#3794ff', pain: '#f14c4c',
  opportunity: '#89d185', moment: '#cca700', grid: '#333333',
  series: ['#3794ff', '#d18616', '#89d185', '#b180d7', '#f14c4c', '#cca700'],
};

/** A user colour (a persona's `color`) when it is one every back end reads (hex or a CSS name), else undefined. */
export function safeColor(color: string | undefined): string | undefined {
  if (color === undefined) return undefined;
  const c = color.trim();
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(c) || /^[a-z]{3,20}$/i.test(c) ? c : undefined;
}

/** The colour of series `index` (0-based) that has no colour of its own. */
export function seriesColor(palette: Palette, index: number): string {
  return palette.series[index % palette.series.length];
}
