/**
 * "Journey Map: New Map...": pick a template (each in English, Russian, Polish and Latvian; VS Code's language
 * first), name the file, and open the new map in the map editor.
 */
import * as vscode from 'vscode';
import type { Locale } from '../core/l10n/locales';
import { activeTranslator, t } from '../core/l10n/translate';
import { LANGUAGE_NAMES, findTemplate, templateFamily, templateGroups, type MapTemplate, type TemplateGroup } from '../core/templates';
import { askMapFile, createMapFile, targetFolder } from './mapFiles';

/** Optional arguments, for tests and other commands: skip the pickers. */
export interface NewMapArgs {
  /** A template id, e.g. `ecommerce-checkout` (English) or `ecommerce-checkout.ru`. */
  template?: string;
  /** The file to create; when given, no name is asked. */
  target?: vscode.Uri;
}

type Item = vscode.QuickPickItem & { template?: MapTemplate };

function templateItem(template: MapTemplate): Item {
  return { label: `${template.label} — ${LANGUAGE_NAMES[template.lang]}`, detail: template.description, template };
}

function separator(label: string): Item {
  return { label, kind: vscode.QuickPickItemKind.Separator };
}

function groupTitle(group: TemplateGroup): string {
  switch (group.kind) {
    case 'map-types': return t('Map types');
    case 'examples': return t('Examples');
    case 'language': return LANGUAGE_NAMES[group.lang];
  }
}

/** The picker's items: the templates of `first` (VS Code's language) by kind, then each other language's. */
function templatePickItems(first: Locale): Item[] {
  return templateGroups(first).flatMap((group) => [separator(groupTitle(group)), ...group.templates.map(templateItem)]);
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
      const family = templateFamily(template);
      target = folder && (await askMapFile(folder, family === 'basic' ? 'journey' : family));
    }
    if (!target) return undefined;
    return (await createMapFile(target, template.text)) ? target : undefined;
  }

  private static async pick(): Promise<MapTemplate | undefined> {
    const picked = await vscode.window.showQuickPick(templatePickItems(activeTranslator().locale),
      { title: t('New journey map'), placeHolder: t('Start from a template'), matchOnDetail: true });
    return picked?.template;
  }
}
