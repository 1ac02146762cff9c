/**
 * Registers the links between touchpoints and code: providers for source files (hover, diagnostics,
 * definition, CodeLens, did-you-mean quick fixes), for maps (CodeLens counts, references, rename of code comments) and their
 * commands. Cheap: the workspace index reads nothing until a feature first needs it.
 */
import type * as vscode from 'vscode';
import { CodeReferenceActionProvider } from './codeActionProvider';
import { CodeDefinitionProvider } from './codeDefinitionProvider';
import { CodeDiagnostics } from './codeDiagnostics';
import { CodeHoverProvider } from './codeHoverProvider';
import { CodeReferenceLensProvider } from './codeLensProvider';
import { MapCodeLensProvider } from './mapCodeLensProvider';
import { MapCodeReferenceProvider } from './mapReferenceContribution';
import { OpenSymbolCommand } from './openSymbolCommand';
import { OpenTouchpointCommand } from './openTouchpointCommand';
import { RenameContribution } from './renameContribution';
import { WorkspaceIndex } from './workspaceIndex';
import { JourneyWorkspaceSymbolProvider } from './workspaceSymbolProvider';
import { provideCodeReferenceCounts } from '../editor/codeReferenceCounts';

/** The index the code-link features share (exposed for tests through the returned value). */
export function registerCodeLinks(context: vscode.ExtensionContext): WorkspaceIndex {
  const index = new WorkspaceIndex();
  context.subscriptions.push(index);
  OpenTouchpointCommand.register(context);
  OpenSymbolCommand.register(context);
  CodeHoverProvider.register(context, index);
  CodeDefinitionProvider.register(context, index);
  CodeDiagnostics.register(context, index);
  CodeReferenceActionProvider.register(context, index);
  CodeReferenceLensProvider.register(context, index);
  MapCodeLensProvider.register(context, index);
  MapCodeReferenceProvider.register(context, index);
  RenameContribution.register(context, index);
  JourneyWorkspaceSymbolProvider.register(context, index);
  provideCodeReferenceCounts({
    countsFor: async (mapId) => Object.fromEntries((await index.all()).countsFor(mapId)),
    onDidChange: index.onDidChange,
  });
  return index;
}
