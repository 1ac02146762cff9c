/**
 * Every export format in one place: its name, file extension and how it is produced. Pictures (SVG, PNG,
 * PDF) come from the one map renderer (scene/mapScene.ts): SVG is written here, PNG and PDF by the lazily
 * loaded `#binary-exports`. Text formats come from src/core alone; the HTML page needs the webview's
 * components (`#static-map`), which callers pass in, so this module stays free of JSX and DOM.
 */
import type { JourneyView } from '../types';
import type { ExportAssets } from './binary/assets';
import type { PageSize } from './binary/pagePlan';
import { exportCsv } from './csv';
import { exportTranslator } from './exportLanguage';
import type { Locale } from '../l10n/locales';
import { t } from '../l10n/translate';
import { exportMarkdown } from './markdown';
import { exportMermaid } from './mermaid';
import { mapScene } from './scene/mapScene';
import { PRINT_PALETTE, type Palette } from './scene/palette';
import type { Scene } from './scene/scene';
import { htmlDocument } from './staticDocument';
import type { ThemeVariables } from './printTheme';
import { svgImage } from './svgImage';

/** The export formats. */
export type ExportFormat = 'svg' | 'png' | 'pdf' | 'html' | 'md' | 'csv' | 'mermaid';

/** What the Export picker shows for a format, and the file it writes. */
export interface ExportFormatInfo {
  format: ExportFormat;
  label: string;
  description: string;
  extension: string;
}

/** The formats, in the order the picker shows them, with their labels in the active language. */
export function exportFormats(): ExportFormatInfo[] {
  return [
    { format: 'svg', label: t('SVG image'), description: t('The map as it looks in the editor; scales without blur'), extension: 'svg' },
    { format: 'png', label: t('PNG image'), description: t('A picture for slides and chats'), extension: 'png' },
    { format: 'pdf', label: t('PDF document'), description: t('Vector pages with searchable text, for printing and sharing'), extension: 'pdf' },
    { format: 'html', label: t('HTML page'), description: t('A standalone page that works offline, without scripts'), extension: 'html' },
    { format: 'md', label: 'Markdown', description: t('A section per stage with touchpoint tables, for wikis and pull requests'), extension: 'md' },
    { format: 'csv', label: t('CSV of touchpoints'), description: t('One row per touchpoint, for spreadsheets'), extension: 'csv' },
    { format: 'mermaid', label: t('Mermaid journey'), description: t('A `journey` diagram for Markdown that renders Mermaid'), extension: 'mmd' },
  ];
}

/** The info of a format by its name, or undefined for an unknown name. */
export function formatInfo(format: string): ExportFormatInfo | undefined {
  return exportFormats().find((f) => f.format === format);
}

/** The part of `#static-map` the HTML export uses. */
export interface StaticMapRenderer {
  /** The map's markup with its fixed texts in `locale` (the active language when absent). */
  renderMapMarkup(view: JourneyView, locale?: Locale): string;
}

/** Inputs of an HTML export besides the map. */
export interface StaticExportOptions {
  renderer: StaticMapRenderer;
  /** The map editor's CSS. */
  css: string;
  theme: ThemeVariables;
  dark?: boolean;
  footer?: string;
}

/** Inputs of a picture export (SVG, PNG, PDF) besides the map. */
export interface ImageExportOptions {
  palette?: Palette;
  /** A line under the map, e.g. the file name. */
  footer?: string;
  /** PNG: pixels per SVG unit (2 for sharp slides). */
  scale?: number;
  /** PDF: one page the size of the map, or A4/A3 landscape pages. */
  page?: PageSize;
  /** PNG and PDF: reads the shipped font and resvg's WebAssembly module. */
  loadAssets?: () => Promise<ExportAssets>;
}

/** Exports a map to a text format (Markdown, CSV or Mermaid), in the map's language (see exportLanguage.ts). */
export function exportText(view: JourneyView, format: 'md' | 'csv' | 'mermaid'): string {
  const translator = exportTranslator(view.map);
  switch (format) {
    case 'md': return exportMarkdown(view.map, translator);
    case 'csv': return exportCsv(view.map, translator);
    case 'mermaid': return exportMermaid(view.map, translator);
  }
}

/** Exports a map to a standalone HTML page drawn by the map editor's components, in the map's language. */
export function exportHtml(view: JourneyView, options: StaticExportOptions): string {
  const translator = exportTranslator(view.map);
  return htmlDocument({
    title: view.map.title, markup: options.renderer.renderMapMarkup(view, translator.locale), css: options.css,
    theme: options.theme, dark: options.dark, footer: options.footer, lang: translator.locale,
  });
}

/** The scene of a picture export, in the map's language. */
function pictureScene(view: JourneyView, options: ImageExportOptions): Scene {
  return mapScene(view.map, { palette: options.palette ?? PRINT_PALETTE, footer: options.footer, translator: exportTranslator(view.map), images: view.images });
}

/** Exports a map to a pure SVG 1.1 image (text as `<text>`, no foreignObject, no script, nothing external). */
export function exportSvg(view: JourneyView, options: ImageExportOptions = {}): string {
  return svgImage(pictureScene(view, options));
}

/** Exports a map to PNG (the SVG drawn by resvg) or PDF (the same scene drawn by PDFKit). */
export async function exportBinary(view: JourneyView, format: 'png' | 'pdf', options: ImageExportOptions): Promise<Uint8Array> {
  if (!options.loadAssets) throw new Error(`${format.toUpperCase()} export needs the shipped font files`);
  const [binary, assets] = await Promise.all([import('#binary-exports'), options.loadAssets()]);
  const scene = pictureScene(view, options);
  if (format === 'pdf') return binary.pdfFromScene(await binary.withRasterPictures(scene, assets), options.page ?? 'fit', assets);
  return binary.pngFromSvg(svgImage(scene), options.scale ?? 1, assets);
}
