/** Registers this area's providers and commands; each adds its disposables to `context.subscriptions`. */
import type * as vscode from 'vscode';

/** Registers everything of this area. */
export function registerCommands(context: vscode.ExtensionContext): void {
  void context;
}
