/**
 * Registers the insights' VS Code glue: the config store and its watchers (a config that appears, changes, is
 * typed in or vanishes re-checks the maps), config diagnostics and completion, and the insight quick fixes.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core/insights/configFileName';
import { InsightConfigs, insightConfigs } from '../host/insightConfigs';
import { KeyedDebounce } from '../host/keyedDebounce';
import { ConfigCompletionProvider } from './configCompletionProvider';
import { ConfigDiagnostics } from './configDiagnostics';
import { InsightCodeActionProvider } from './insightCodeActionProvider';

/** How long typing in a config must pause before the maps are re-checked. */
const CONFIG_DEBOUNCE_MS = 300;

/** Registers everything of the insights feature. */
export function registerInsights(context: vscode.ExtensionContext): void {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  const typing = new KeyedDebounce(CONFIG_DEBOUNCE_MS);
  const invalidate = (uri: vscode.Uri): void => insightConfigs.invalidate(uri);
  context.subscriptions.push(
    insightConfigs, watcher, typing,
    watcher.onDidCreate(invalidate), watcher.onDidChange(invalidate), watcher.onDidDelete(invalidate),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (InsightConfigs.isConfig(e.document.uri) && e.contentChanges.length > 0) {
        typing.schedule(e.document.uri.toString(), () => invalidate(e.document.uri));
      }
    }),
    // Closing a config with unsaved edits: the file on disk applies again.
    vscode.workspace.onDidCloseTextDocument((d) => InsightConfigs.isConfig(d.uri) && invalidate(d.uri)),
  );
  ConfigDiagnostics.register(context);
  ConfigCompletionProvider.register(context);
  InsightCodeActionProvider.register(context);
}
