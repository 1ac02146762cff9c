/** Registers the Journey Maps view in the Explorer and its commands. Cheap: the view reads the index only when shown. */
import type * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { JourneyTreeProvider } from './journeyTreeProvider';
import { JourneyViewCommands } from './journeyViewCommands';

/** Registers everything of this area. */
export function registerJourneysView(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  JourneyTreeProvider.register(context, index);
  JourneyViewCommands.register(context);
}
