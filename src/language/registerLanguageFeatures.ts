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
import type { CrossFileProblems } from './crossFileProblems';

/**
 * Registers every language feature of `*.cjm.yaml`; checks only maps already open (no workspace scan). Other areas
 * add rename edits in other files and the problems only the workspace can tell (Validate All and the quick fixes
 * use them).
 */
export function registerLanguageFeatures(context: vscode.ExtensionContext, extraRenameEdits?: ExtraRenameEdits, crossFileProblems?: CrossFileProblems): void {
  const diagnostics = MapDiagnostics.register(context);
  ValidateAllCommand.register(context, diagnostics, crossFileProblems);
  MapHoverProvider.register(context);
  MapCompletionProvider.register(context);
  MapDefinitionProvider.register(context);
  MapReferenceProvider.register(context);
  MapRenameProvider.register(context, extraRenameEdits);
  MapDocumentSymbolProvider.register(context);
  MapFoldingRangeProvider.register(context);
  MapCodeActionProvider.register(context, crossFileProblems);
  MapDocumentLinkProvider.register(context);
}
