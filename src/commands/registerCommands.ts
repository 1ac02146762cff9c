/** Registers the commands beside the map: New Map, Export and Import from Mermaid. */
import type * as vscode from 'vscode';
import type { SharedPersonaSource } from '../host/sharedPersonaSource';
import { ExportCommand } from './exportCommand';
import { ImportMermaidCommand } from './importMermaidCommand';
import { NewMapCommand } from './newMapCommand';

/** Registers everything of this area. */
export function registerCommands(context: vscode.ExtensionContext, personas?: SharedPersonaSource): void {
  NewMapCommand.register(context);
  ExportCommand.register(context, personas);
  ImportMermaidCommand.register(context);
}
