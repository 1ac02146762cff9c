/** Completion in `cjm.config.yaml`: `rules`, rule codes, `severity`, each rule's options and severity levels. */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core/insights/configFileName';
import { configCompletions } from '../core/insights/configCompletion';

/** Completion provider for config files. */
export class ConfigCompletionProvider implements vscode.CompletionItemProvider {
  /** Registers the provider for every `cjm.config.yaml`. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerCompletionItemProvider(
      { pattern: `**/${CONFIG_FILE_NAME}` }, new ConfigCompletionProvider(), ':', ' ', '{', ','));
  }

  /** The suggestions at the caret. */
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const { items, replace } = configCompletions(document.getText(), document.offsetAt(position));
    const range = new vscode.Range(document.positionAt(replace.offset), document.positionAt(replace.offset + replace.length));
    return items.map((item, i) => {
      const completion = new vscode.CompletionItem(item.label, item.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.EnumMember);
      completion.insertText = item.insertText;
      completion.documentation = new vscode.MarkdownString(item.documentation);
      completion.range = range;
      completion.sortText = String(i).padStart(3, '0'); // the registry's order, levels from quiet to loud
      return completion;
    });
  }
}
