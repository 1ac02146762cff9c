/** "Journey Map: New Map...": pick a template, name the file, and open the new map in the map editor. */
import * as vscode from 'vscode';
import { MAP_TEMPLATES, findTemplate, type MapTemplate } from '../core/templates';
import { askMapFile, createMapFile, targetFolder } from './mapFiles';
import { t } from '../core/l10n/translate';

/** Optional arguments, for tests and other commands: skip the pickers. */
export interface NewMapArgs {
  template?: string;
  /** The file to create; when given, no name is asked. */
  target?: vscode.Uri;
}

/** The `cjm.newMap` command. */
export class NewMapCommand {
  /** Registers the command. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('cjm.newMap', (args?: NewMapArgs) => NewMapCommand.run(args)));
  }

  /** Runs the command; resolves to the created file, or undefined when cancelled or refused. */
  static async run(args: NewMapArgs = {}): Promise<vscode.Uri | undefined> {
    const template = args.template !== undefined ? findTemplate(args.template) : await NewMapCommand.pick();
    if (!template) {
      if (args.template !== undefined) void vscode.window.showErrorMessage(t('No map template "{0}".', args.template));
      return undefined;
    }
    let target = args.target;
    if (!target) {
      const folder = await targetFolder();
      target = folder && (await askMapFile(folder, template.id === 'basic' ? 'journey' : template.id));
    }
    if (!target) return undefined;
    return (await createMapFile(target, template.text)) ? target : undefined;
  }

  private static async pick(): Promise<MapTemplate | undefined> {
    type Item = vscode.QuickPickItem & { template?: MapTemplate };
    const item = (t: MapTemplate): Item => ({ label: t.label, detail: t.description, template: t });
    const separator = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator });
    const items: Item[] = [
      separator(t('Map types')), ...MAP_TEMPLATES.slice(0, 5).map(item),
      separator(t('Examples')), ...MAP_TEMPLATES.slice(5).map(item),
    ];
    const picked = await vscode.window.showQuickPick(items, { title: t('New journey map'), placeHolder: t('Start from a template'), matchOnDetail: true });
    return picked?.template;
  }
}
