/**
 * "Journey Map: Import from Mermaid...": a Mermaid `journey` (the selection, the active file, or a file the
 * user picks; Markdown with a ```mermaid block works too) becomes a new map, opened in the map editor. It reads
 * the diagram as `cjm import` does (src/core/import), errors and warnings with their lines.
 */
import * as vscode from 'vscode';
import { journeyYaml, readMermaidJourney, slugId, type MermaidProblem } from '../core/import/mermaidImport';
import { askMapFile, createMapFile, targetFolder } from './mapFiles';
import { t, tPlural } from '../core/l10n/translate';

/** Optional arguments: the diagram text and the file to create, for tests and scripts. */
export interface ImportMermaidArgs { text?: string; target?: vscode.Uri }

const hasJourney = (text: string) => /^\s*journey\b/m.test(text);

async function sourceText(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const selected = editor.document.getText(editor.selection);
    if (hasJourney(selected)) return selected;
    if (hasJourney(editor.document.getText())) return editor.document.getText();
  }
  const picked = await vscode.window.showOpenDialog({
    title: t('Import a Mermaid journey'), canSelectMany: false,
    filters: { [t('Mermaid or Markdown')]: ['mmd', 'mermaid', 'md', 'markdown', 'txt'] },
  });
  return picked?.[0] && new TextDecoder().decode(await vscode.workspace.fs.readFile(picked[0]));
}

/** The `cjm.importMermaid` command. */
export class ImportMermaidCommand {
  /** Registers the command. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('cjm.importMermaid',
      (args?: ImportMermaidArgs) => ImportMermaidCommand.run(args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {})));
  }

  /** Runs the command; resolves to the created map file, or undefined when cancelled or refused. */
  static async run(args: ImportMermaidArgs = {}): Promise<vscode.Uri | undefined> {
    const text = args.text ?? (await sourceText());
    if (text === undefined) return undefined;
    const { journey, errors, warnings } = readMermaidJourney(text);
    const lines = (problems: MermaidProblem[]) => problems.map((p) => t('line {0}: {1}', p.line, p.message)).join('; ');
    if (errors.length) {
      void vscode.window.showErrorMessage(tPlural(errors.length, 'The Mermaid journey has {0} error, so nothing was imported: {1}', 'The Mermaid journey has {0} errors, so nothing was imported: {1}', errors.length, lines(errors)));
      return undefined;
    }
    if (warnings.length) void vscode.window.showWarningMessage(tPlural(warnings.length, 'Imported with {0} warning: {1}', 'Imported with {0} warnings: {1}', warnings.length, lines(warnings)));
    const yaml = journeyYaml(journey);
    const title = journey.title;
    let target = args.target;
    if (!target) {
      const folder = await targetFolder();
      target = folder && (await askMapFile(folder, slugId(title, 'journey', new Set())));
    }
    if (!target) return undefined;
    return (await createMapFile(target, yaml)) ? target : undefined;
  }
}
