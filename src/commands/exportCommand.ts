/**
 * "Journey Map: Export...": pick a format, pick a file, write it with vscode.workspace.fs (so it works in
 * vscode.dev too). Test and toolbar callers pass the format and target and skip both dialogs.
 */
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import { buildView } from '../core/buildView';
import { EXPORT_FORMATS, exportStatic, exportText, formatInfo, type ExportFormat, type StaticMapRenderer } from '../core/export';
import { PRINT_THEME, type ThemeVariables } from '../core/export/printTheme';
import type { JourneyView } from '../shared/viewModel';
import { logError } from '../host/log';
import { ExportRendererPanel } from './exportRendererPanel';

/** Optional arguments: skip the pickers. */
export interface ExportArgs { format?: ExportFormat; target?: vscode.Uri }

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
async function loadView(uri: vscode.Uri): Promise<JourneyView | undefined> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const analysis = analyze(doc.getText(), { fileName: fileName(uri) });
  const errors = analysis.problems.filter((p) => p.severity === 'error');
  const view = buildView(analysis, fileName(uri));
  if (view && errors.length === 0) return view;
  const first = errors[0];
  const where = first ? ` First: line ${doc.positionAt(first.offset).line + 1}: ${first.message}` : '';
  void vscode.window.showErrorMessage(`${fileName(uri)} has ${errors.length || 'syntax'} error(s); fix them to export.${where}`);
  return undefined;
}

async function mapEditorCss(extensionUri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'main.css')));
  } catch (error) {
    logError('The export has no map editor styles: dist/webview/main.css could not be read', error);
    void vscode.window.showWarningMessage('Journey Maps: the map editor\'s styles could not be read; the export is unstyled. See Output → Journey Maps.');
    return '';
  }
}

async function render(view: JourneyView, format: ExportFormat, extensionUri: vscode.Uri): Promise<Uint8Array> {
  if (format === 'md' || format === 'csv' || format === 'mermaid') return new TextEncoder().encode(exportText(view, format));
  const renderer: StaticMapRenderer = await import('#static-map');
  const current = vscode.workspace.getConfiguration('journeyMaps').get<string>('export.theme') === 'current';
  const browser = format === 'png' || current ? await ExportRendererPanel.open() : undefined;
  try {
    let theme: ThemeVariables = PRINT_THEME;
    let dark = false;
    if (current && browser) ({ variables: theme, dark } = await browser.theme());
    const size = renderer.estimateSvgSize(view);
    const options = { renderer, css: await mapEditorCss(extensionUri), theme, dark, footer: view.fileName, size };
    if (format === 'html') return new TextEncoder().encode(exportStatic(view, 'html', options));
    const svg = exportStatic(view, 'svg', options);
    if (format === 'svg') return new TextEncoder().encode(svg);
    return await browser!.png(svg, size.width, size.height);
  } finally {
    browser?.dispose();
  }
}

/** The `cjm.export` command. */
export class ExportCommand {
  /** Registers the command. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('cjm.export',
      (resource?: unknown, args?: unknown) => ExportCommand.run(context.extensionUri, resource, args)));
  }

  /** Runs the command; resolves to the written file, or undefined when cancelled or refused. */
  static async run(extensionUri: vscode.Uri, resource?: unknown, rawArgs?: unknown): Promise<vscode.Uri | undefined> {
    const args = (rawArgs && typeof rawArgs === 'object' && 'format' in rawArgs ? rawArgs : {}) as ExportArgs;
    const uri = activeMapUri(resource);
    if (!uri) {
      void vscode.window.showErrorMessage('Open a journey map (*.cjm.yaml) to export it.');
      return undefined;
    }
    const format = args.format ?? (await ExportCommand.pickFormat());
    const info = format && formatInfo(format);
    if (!info) return undefined;
    const target = args.target ?? (await vscode.window.showSaveDialog({
      title: `Export ${fileName(uri)} as ${info.label}`,
      defaultUri: vscode.Uri.joinPath(uri, '..', fileName(uri).replace(/\.cjm\.ya?ml$/i, '') + `.${info.extension}`),
      filters: { [info.label]: [info.extension] },
    }));
    if (!target) return undefined;
    const view = await loadView(uri);
    if (!view) return undefined;
    try {
      const bytes = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Exporting ${info.label}…` },
        () => render(view, info.format, extensionUri));
      await vscode.workspace.fs.writeFile(target, bytes);
    } catch (error) {
      logError(`Export of ${uri.toString()} as ${info.format} failed`, error);
      void vscode.window.showErrorMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    void vscode.window.showInformationMessage(`Exported ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  }

  private static async pickFormat(): Promise<ExportFormat | undefined> {
    const items = EXPORT_FORMATS.map((f) => ({ label: f.label, description: `.${f.extension}`, detail: f.description, format: f.format }));
    return (await vscode.window.showQuickPick(items, { title: 'Export journey map', placeHolder: 'Format' }))?.format;
  }
}
