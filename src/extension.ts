/** Entry point: registers the language features, the map editor and the commands; nothing else, so start-up stays cheap. */
import type * as vscode from 'vscode';
import { registerLanguageFeatures } from './language/registerLanguageFeatures';
import { registerMapEditor } from './editor/registerMapEditor';
import { registerCommands } from './commands/registerCommands';
import { registerCodeLinks } from './codeLinks/registerCodeLinks';
import { registerJourneysView } from './journeysView/registerJourneysView';

/** Called by VS Code on the first `cjm` document, map editor or command. */
export function activate(context: vscode.ExtensionContext): void {
  registerLanguageFeatures(context);
  registerMapEditor(context);
  registerCommands(context);
  const index = registerCodeLinks(context);
  registerJourneysView(context, index);
}

/** Nothing to release beyond `context.subscriptions`. */
export function deactivate(): void {}
