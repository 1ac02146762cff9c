/**
 * "Journey Map: Export...": pick a format (and for PDF a page size), pick a file, write it with
 * vscode.workspace.fs (so it works in vscode.dev too). SVG, PNG and PDF come from the one map renderer in
 * src/core/export, in the extension host: no webview, no browser. Test and toolbar callers pass the format
 * and target and skip the dialogs.
 */
import * as vscode from 'vscode';
import { finishProblems } from '../core/analyze';
import { buildView } from '../core/buildView';
import { personaUsesOf, unknownSharedPersonaProblems } from '../core/sharedPersonas/sharedPersonas';
import type { SharedPersonaSource } from '../host/sharedPersonaSource';
import { getMapData } from '../dataFiles/mapDataCache';
import { getAnalysisAsync } from '../host/analysisCache';
import { exportBinary, exportFormats, exportHtml, exportSvg, exportText, formatInfo, type ExportFormat, type StaticMapRenderer } from '../core/export';
import { ASSET_FILES, type ExportAssets } from '../core/export/binary/assets';
import { PAGE_SIZES, type PageSize } from '../core/export/binary/pagePlan';
import { DARK_THEME, PRINT_THEME } from '../core/export/printTheme';
import { DARK_PALETTE, PRINT_PALETTE } from '../core/export/scene/palette';
import type { JourneyView } from '../shared/viewModel';
import { logError } from '../host/log';
import { embedMapImages } from '../core/images/imageFiles';
import { t, tPlural } from '../core/l10n/translate';
import { mapLocation } from '../dataFiles/mapDataCache';
import { remoteImagesAllowed, workspaceImageReader } from '../mapImages/workspaceImages';

/** Optional arguments: skip the pickers. */
export interface ExportArgs { format?: ExportFormat; target?: vscode.Uri; page?: PageSize; scale?: number }

/** PNG exports are drawn at two pixels per map pixel, sharp on slides and high-density screens. */
const PNG_SCALE = 2;

/** The map the command acts on: the given file, the active text editor's map, or the active map editor's. */
export function activeMapUri(resource?: unknown): vscode.Uri | undefined {
  if (resource instanceof vscode.Uri) return resource;
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && (doc.languageId === 'cjm' || doc.uri.path.endsWith('.cjm.yaml'))) return doc.uri;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputCustom && input.viewType === 'cjm.mapEditor') return input.uri;
  if (input instanceof vscode.TabInputText && input.uri.path.endsWith('.cjm.yaml')) return input.uri;
  return undefined;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? 'map.cjm.yaml';
}

/** The view of the map's current text (unsaved edits included), or undefined after telling the user why not. */
async function loadView(uri: vscode.Uri, personas?: SharedPersonaSource): Promise<JourneyView | undefined> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const analysis = await getAnalysisAsync(doc);
  const data = await getMapData(doc);
  const uses = personaUsesOf(analysis);
  const catalog = uses.length > 0 && personas ? await personas.catalog() : undefined;
  const shared = catalog ? unknownSharedPersonaProblems(uses, catalog) : [];
  const errors = finishProblems([...analysis.problems, ...data.problems, ...shared], analysis.text).filter((p) => p.severity === 'error');
  const view = buildView(analysis, fileName(uri), data.metrics, catalog);
  if (view && errors.length === 0) return view;
  const first = errors[0];
  const refusal = errors.length
    ? tPlural(errors.length, '{1} has {0} error; fix it to export.', '{1} has {0} errors; fix them to export.', errors.length, fileName(uri))
    : t('{0} has syntax errors; fix them to export.', fileName(uri));
  const where = first ? ` ${t('First: line {0}: {1}', doc.positionAt(first.offset).line + 1, first.message)}` : '';
  void vscode.window.showErrorMessage(`${refusal}${where}`);
  return undefined;
}

async function mapEditorCss(extensionUri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'main.css')));
  } catch (error) {
    logError('The export has no map editor styles: dist/webview/main.css could not be read', error);
    void vscode.window.showWarningMessage(t('Journey Maps: the map editor’s styles could not be read; the export is unstyled. See Output → Journey Maps.'));
    return '';
  }
}

/** Reads the shipped font and resvg's module from the extension's dist/ folder. */
async function readAssets(extensionUri: vscode.Uri): Promise<ExportAssets> {
  const read = (file: string) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', file));
  const [regularFont, boldFont, resvgWasm] = await Promise.all([read(ASSET_FILES.regularFont), read(ASSET_FILES.boldFont), read(ASSET_FILES.resvgWasm)]);
  return { regularFont, boldFont, resvgWasm };
}

/** Whether the export follows a dark editor theme (the "current" export theme with a dark or high-contrast theme). */
function darkExport(): boolean {
  if (vscode.workspace.getConfiguration('journeyMaps').get<string>('export.theme') !== 'current') return false;
  const kind = vscode.window.activeColorTheme.kind;
  return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast;
}

/** The map's pictures as data URIs, so the export is self-contained; https images only when the setting allows them. */
async function embedImages(view: JourneyView, uri: vscode.Uri): Promise<void> {
  const reader = workspaceImageReader(uri, remoteImagesAllowed(uri));
  view.images = await embedMapImages(view.map, mapLocation(uri), reader, (value, error) => {
    logError(`The image ${value} of ${uri.toString()} could not be embedded in the export`, error);
    void vscode.window.showWarningMessage(t('The image {0} could not be embedded; the export shows a placeholder. See Output → Journey Maps.', value));
  });
}

async function render(view: JourneyView, format: ExportFormat, args: ExportArgs, extensionUri: vscode.Uri, uri: vscode.Uri): Promise<Uint8Array> {
  if (format === 'md' || format === 'csv' || format === 'mermaid') return new TextEncoder().encode(exportText(view, format));
  await embedImages(view, uri);
  const dark = darkExport();
  const picture = { palette: dark ? DARK_PALETTE : PRINT_PALETTE, footer: view.fileName };
  if (format === 'svg') return new TextEncoder().encode(exportSvg(view, picture));
  if (format === 'png' || format === 'pdf') {
    return exportBinary(view, format, { ...picture, scale: args.scale ?? PNG_SCALE, page: args.page ?? 'fit', loadAssets: () => readAssets(extensionUri) });
  }
  const renderer: StaticMapRenderer = await import('#static-map');
  const theme = dark ? { ...PRINT_THEME, ...DARK_THEME } : PRINT_THEME;
  return new TextEncoder().encode(exportHtml(view, { renderer, css: await mapEditorCss(extensionUri), theme, dark, footer: view.fileName }));
}

/** The `cjm.export` command. */
export class ExportCommand {
  /** Where exported maps' shared personas come from (set when registered). */
  private static personas: SharedPersonaSource | undefined;

  /** Registers the command. */
  static register(context: vscode.ExtensionContext, personas?: SharedPersonaSource): void {
    ExportCommand.personas = personas;
    context.subscriptions.push(vscode.commands.registerCommand('cjm.export',
      (resource?: unknown, args?: unknown) => ExportCommand.run(context.extensionUri, resource, args)));
  }

  /** Runs the command; resolves to the written file, or undefined when cancelled or refused. */
  static async run(extensionUri: vscode.Uri, resource?: unknown, rawArgs?: unknown): Promise<vscode.Uri | undefined> {
    const args = { ...(rawArgs && typeof rawArgs === 'object' && 'format' in rawArgs ? rawArgs : {}) } as ExportArgs;
    if (args.page !== undefined && !PAGE_SIZES.includes(args.page)) args.page = undefined;
    if (args.scale !== undefined && !(args.scale >= 0.25 && args.scale <= 8)) args.scale = undefined;
    const uri = activeMapUri(resource);
    if (!uri) {
      void vscode.window.showErrorMessage(t('Open a journey map (*.cjm.yaml) to export it.'));
      return undefined;
    }
    const format = args.format ?? (await ExportCommand.pickFormat());
    const info = format && formatInfo(format);
    if (!info) return undefined;
    if (format === 'pdf' && !args.page) {
      const page = await ExportCommand.pickPage();
      if (!page) return undefined;
      args.page = page;
    }
    const target = args.target ?? (await vscode.window.showSaveDialog({
      title: t('Export {0} as {1}', fileName(uri), info.label),
      defaultUri: vscode.Uri.joinPath(uri, '..', fileName(uri).replace(/\.cjm\.ya?ml$/i, '') + `.${info.extension}`),
      filters: { [info.label]: [info.extension] },
    }));
    if (!target) return undefined;
    const view = await loadView(uri, ExportCommand.personas);
    if (!view) return undefined;
    try {
      const bytes = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Exporting {0}…', info.label) },
        () => render(view, info.format, args, extensionUri, uri));
      await vscode.workspace.fs.writeFile(target, bytes);
    } catch (error) {
      logError(`Export of ${uri.toString()} as ${info.format} failed`, error);
      void vscode.window.showErrorMessage(t('Export failed: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    void vscode.window.showInformationMessage(t('Exported {0}.', vscode.workspace.asRelativePath(target)));
    return target;
  }

  private static async pickPage(): Promise<PageSize | undefined> {
    const items: (vscode.QuickPickItem & { page: PageSize })[] = [
      { label: t('One page'), detail: t('A single page the size of the whole map, for screens and large-format printing'), page: 'fit' },
      { label: t('A4 landscape'), detail: t('The map split across {0} pages, stage headers and lane titles on each', 'A4'), page: 'a4' },
      { label: t('A3 landscape'), detail: t('The map split across {0} pages, stage headers and lane titles on each', 'A3'), page: 'a3' },
    ];
    return (await vscode.window.showQuickPick(items, { title: t('PDF pages'), placeHolder: t('Page size') }))?.page;
  }

  private static async pickFormat(): Promise<ExportFormat | undefined> {
    const items = exportFormats().map((f) => ({ label: f.label, description: `.${f.extension}`, detail: f.description, format: f.format }));
    return (await vscode.window.showQuickPick(items, { title: t('Export journey map'), placeHolder: t('Format') }))?.format;
  }
}
