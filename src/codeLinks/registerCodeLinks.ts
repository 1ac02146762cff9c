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
import { OpenTouchpointCommand, type HighlightInMapEditor } from './openTouchpointCommand';
import { WorkspaceIndex } from './workspaceIndex';
import { JourneyWorkspaceSymbolProvider } from './workspaceSymbolProvider';

/** Registers the code-link features; returns the index they share, which extension.ts hands to the other areas. */
export function registerCodeLinks(context: vscode.ExtensionContext, highlight: HighlightInMapEditor): WorkspaceIndex {
  const index = new WorkspaceIndex();
  context.subscriptions.push(index);
  OpenTouchpointCommand.register(context, highlight);
  OpenSymbolCommand.register(context);
  CodeHoverProvider.register(context, index);
  CodeDefinitionProvider.register(context, index);
  CodeDiagnostics.register(context, index);
  CodeReferenceActionProvider.register(context, index);
  CodeReferenceLensProvider.register(context, index);
  MapCodeLensProvider.register(context, index);
  MapCodeReferenceProvider.register(context, index);
  JourneyWorkspaceSymbolProvider.register(context, index);
  return index;
}
