/** Registers the map editor: its provider, its sessions' listeners, its commands and its setting. */
import type * as vscode from 'vscode';
import { MapEditorCommands } from './mapEditorCommands';
import { MapEditorProvider } from './mapEditorProvider';
import { OpenByDefaultSetting } from './openByDefaultSetting';
import { registerSessionListeners } from './sessions';
import { TestCommands } from './testCommands';

/** Registers everything of the map editor; each part adds its disposables to `context.subscriptions`. */
export function registerMapEditor(context: vscode.ExtensionContext): void {
  MapEditorProvider.register(context);
  registerSessionListeners(context);
  MapEditorCommands.register(context);
  OpenByDefaultSetting.register(context);
  TestCommands.register(context);
}
