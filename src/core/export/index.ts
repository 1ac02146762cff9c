/**
 * Every export format in one place: its name, file extension and how it is produced. Text formats come from
 * src/core alone; SVG and HTML need the webview's components (`#static-map`), which callers pass in, so this
 * module stays free of JSX and DOM; PNG is the SVG drawn by a browser (the host's, see src/commands).
 */
import type { JourneyView } from '../types';
import { exportCsv } from './csv';
import { exportMarkdown } from './markdown';
import { exportMermaid } from './mermaid';
import { htmlDocument, svgDocument, type SvgSize } from './staticDocument';
import type { ThemeVariables } from './printTheme';

/** The export formats. */
export type ExportFormat = 'svg' | 'png' | 'html' | 'md' | 'csv' | 'mermaid';

/** What the Export picker shows for a format, and the file it writes. */
export interface ExportFormatInfo {
  format: ExportFormat;
  label: string;
  description: string;
  extension: string;
}

/** The formats, in the order the picker shows them. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { format: 'svg', label: 'SVG image', description: 'The map as it looks in the editor; scales without blur', extension: 'svg' },
  { format: 'png', label: 'PNG image', description: 'A picture for slides and chats', extension: 'png' },
  { format: 'html', label: 'HTML page', description: 'A standalone page that works offline, without scripts', extension: 'html' },
  { format: 'md', label: 'Markdown', description: 'A section per stage with touchpoint tables, for wikis and pull requests', extension: 'md' },
  { format: 'csv', label: 'CSV of touchpoints', description: 'One row per touchpoint, for spreadsheets', extension: 'csv' },
  { format: 'mermaid', label: 'Mermaid journey', description: 'A `journey` diagram for Markdown that renders Mermaid', extension: 'mmd' },
];

/** The info of a format by its name, or undefined for an unknown name. */
export function formatInfo(format: string): ExportFormatInfo | undefined {
  return EXPORT_FORMATS.find((f) => f.format === format);
}

/** The part of `#static-map` the exports use. */
export interface StaticMapRenderer {
  renderMapMarkup(view: JourneyView): string;
  estimateSvgSize(view: JourneyView): SvgSize;
}

/** Inputs of an SVG or HTML export besides the map. */
export interface StaticExportOptions {
  renderer: StaticMapRenderer;
  /** The map editor's CSS. */
  css: string;
  theme: ThemeVariables;
  dark?: boolean;
  footer?: string;
  /** The SVG size when a browser measured it; estimated otherwise. */
  size?: SvgSize;
}

/** Exports a map to a text format (Markdown, CSV or Mermaid). */
export function exportText(view: JourneyView, format: 'md' | 'csv' | 'mermaid'): string {
  switch (format) {
    case 'md': return exportMarkdown(view.map);
    case 'csv': return exportCsv(view.map);
    case 'mermaid': return exportMermaid(view.map);
  }
}

/** Exports a map to a standalone SVG image or HTML page drawn by the map editor's components. */
export function exportStatic(view: JourneyView, format: 'svg' | 'html', options: StaticExportOptions): string {
  const parts = {
    title: view.map.title, markup: options.renderer.renderMapMarkup(view), css: options.css,
    theme: options.theme, dark: options.dark, footer: options.footer,
  };
  return format === 'html' ? htmlDocument(parts) : svgDocument(parts, options.size ?? options.renderer.estimateSvgSize(view));
}
