/**
 * `cjm.codeLinks.openSymbol`: what a `code: path#symbol` link of a map opens — the file, at the symbol's
 * declaration (from the language's symbol provider, else the first line that declares or names it).
 */
import * as vscode from 'vscode';
import { logWarning } from '../host/log';
import { OPEN_SYMBOL } from '../language/documentLinkProvider';

/** Registers the command. */
export class OpenSymbolCommand {
  /** Registers `cjm.codeLinks.openSymbol`. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(OPEN_SYMBOL, (file: unknown, symbol: unknown) =>
      openSymbol(file instanceof vscode.Uri ? file : vscode.Uri.parse(String(file)), String(symbol))));
  }
}

/** Opens the file with the symbol's name selected; at the top when the symbol is not found. */
export async function openSymbol(file: vscode.Uri, symbol: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(file);
  const range = (await symbolRange(document, symbol)) ?? textRange(document, symbol);
  return vscode.window.showTextDocument(document, range ? { selection: range } : {});
}

async function symbolRange(document: vscode.TextDocument, symbol: string): Promise<vscode.Range | undefined> {
  const symbols = await Promise.resolve(vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>(
    'vscode.executeDocumentSymbolProvider', document.uri)).catch((error: unknown) => {
    logWarning(`No symbols for ${document.uri.toString()} (looking for "${symbol}" by text instead)`, error);
    return undefined;
  });
  const queue = [...(symbols ?? [])];
  for (let item = queue.shift(); item; item = queue.shift()) {
    if (item.name === symbol || item.name === `${symbol}()`) return 'selectionRange' in item ? item.selectionRange : item.location.range;
    if ('children' in item) queue.push(...item.children);
  }
  return undefined;
}

/** The symbol's name where a line declares it (`function x`, `def x`, `func x`, `class x`, `x =`…), else its first whole-word use. */
export function textRange(document: vscode.TextDocument, symbol: string): vscode.Range | undefined {
  const text = document.getText();
  const name = symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const declaration = new RegExp(String.raw`\b(?:function\*?|def|func(?:\s*\([^)]*\))?|class|interface|type|const|let|var|struct|enum)\s+(${name})\b`, 'u').exec(text);
  const match = declaration ?? new RegExp(String.raw`(?<![\w$])(${name})(?![\w$])`, 'u').exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].lastIndexOf(match[1]);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + symbol.length));
}
