/**
 * Registers what connects the maps of a workspace: the Journey Maps view in the Explorer and its commands,
 * and the `journey:` links' diagnostics, definition, hover and references. Cheap: nothing reads the index
 * until a map with links is open or the view is shown.
 */
import type * as vscode from 'vscode';
import type { HighlightInMapEditor } from '../codeLinks/openTouchpointCommand';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { JourneyDefinitionProvider } from './journeyDefinitionProvider';
import { JourneyHoverProvider } from './journeyHoverProvider';
import { registerJourneyLinkDiagnostics } from './journeyLinkDiagnostics';
import { JourneyReferenceProvider } from './journeyReferenceProvider';
import { JourneyTreeProvider } from './journeyTreeProvider';
import { JourneyViewCommands } from './journeyViewCommands';

/** Registers everything of this area. */
export function registerJourneysView(context: vscode.ExtensionContext, index: WorkspaceIndex, highlight: HighlightInMapEditor): void {
  JourneyTreeProvider.register(context, index);
  JourneyViewCommands.register(context, highlight);
  registerJourneyLinkDiagnostics(context, index);
  JourneyDefinitionProvider.register(context, index);
  JourneyHoverProvider.register(context, index);
  JourneyReferenceProvider.register(context, index);
}
