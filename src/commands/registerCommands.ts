/** Registers the commands beside the map: New Map, Export and Import from Mermaid. */
import type * as vscode from 'vscode';
import { ExportCommand } from './exportCommand';
import { ImportMermaidCommand } from './importMermaidCommand';
import { NewMapCommand } from './newMapCommand';

/** Registers everything of this area. */
export function registerCommands(context: vscode.ExtensionContext): void {
  NewMapCommand.register(context);
  ExportCommand.register(context);
  ImportMermaidCommand.register(context);
}
