/**
 * Entry point: registers the language features, the map editor, the code links and the commands, and wires
 * them to each other here (no area imports another's registrations); nothing else, so start-up stays cheap.
 */
import type * as vscode from 'vscode';
import { registerCodeLinks } from './codeLinks/registerCodeLinks';
import { codeRenameEdits } from './codeLinks/renameContribution';
import { registerCommands } from './commands/registerCommands';
import { registerMapEditor } from './editor/registerMapEditor';
import { registerLog } from './host/log';
import { registerLanguageFeatures } from './language/registerLanguageFeatures';
import { CompareCommands } from './compare/compareCommands';
import { registerMapData } from './dataFiles/registerMapData';
import { registerInsights } from './insightRules/registerInsights';
import { registerJourneysView } from './journeysView/registerJourneysView';

/** Called by VS Code on the first `cjm` document, map editor or command. */
export function activate(context: vscode.ExtensionContext): void {
  registerLog(context);
  let highlight: (uri: vscode.Uri, offset: number) => boolean = () => false;
  const index = registerCodeLinks(context, (uri, offset) => highlight(uri, offset));
  registerLanguageFeatures(context, codeRenameEdits(index));
  const sessions = registerMapEditor(context, {
    countsFor: async (mapId) => Object.fromEntries((await index.all()).countsFor(mapId)),
    onDidChange: index.onDidChange,
  });
  highlight = (uri, offset) => sessions.highlight(uri, offset);
  registerCommands(context);
  CompareCommands.register(context, sessions);
  registerMapData(context);
  registerInsights(context);
  registerJourneysView(context, index, (uri, offset) => highlight(uri, offset));
}

/** Nothing to release beyond `context.subscriptions`. */
export function deactivate(): void {}
