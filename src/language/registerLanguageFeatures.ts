/** Registers this area's providers and commands; each adds its disposables to `context.subscriptions`. */
import type * as vscode from 'vscode';
import { MapCodeActionProvider } from './codeActionProvider';
import { MapCompletionProvider } from './completionProvider';
import { MapDefinitionProvider } from './definitionProvider';
import { MapDiagnostics } from './diagnosticsProvider';
import { MapDocumentLinkProvider } from './documentLinkProvider';
import { MapDocumentSymbolProvider } from './documentSymbolProvider';
import { MapFoldingRangeProvider } from './foldingRangeProvider';
import { MapHoverProvider } from './hoverProvider';
import { MapReferenceProvider } from './referenceProvider';
import { MapRenameProvider, type ExtraRenameEdits } from './renameProvider';
import { ValidateAllCommand } from './validateAllCommand';

/** Registers every language feature of `*.cjm.yaml`; checks only maps already open (no workspace scan). */
export function registerLanguageFeatures(context: vscode.ExtensionContext, extraRenameEdits?: ExtraRenameEdits): void {
  const diagnostics = MapDiagnostics.register(context);
  ValidateAllCommand.register(context, diagnostics);
  MapHoverProvider.register(context);
  MapCompletionProvider.register(context);
  MapDefinitionProvider.register(context);
  MapReferenceProvider.register(context);
  MapRenameProvider.register(context, extraRenameEdits);
  MapDocumentSymbolProvider.register(context);
  MapFoldingRangeProvider.register(context);
  MapCodeActionProvider.register(context);
  MapDocumentLinkProvider.register(context);
}
