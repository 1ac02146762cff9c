/**
 * Registers what shares personas between maps: the `*.personas.yaml` files' diagnostics, hover, completion and
 * outline, and across files the `use:` items' diagnostics, hover, completion, definition, references and rename.
 * Cheap: nothing reads the workspace until a map with `use:` or a personas file is open.
 */
import type * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { PersonasSymbolProvider } from './personasSymbolProvider';
import { SharedPersonaCompletionProvider } from './sharedPersonaCompletionProvider';
import { SharedPersonaDefinitionProvider } from './sharedPersonaDefinitionProvider';
import { registerSharedPersonaDiagnostics } from './sharedPersonaDiagnostics';
import { SharedPersonaHoverProvider } from './sharedPersonaHoverProvider';
import { SharedPersonaReferenceProvider } from './sharedPersonaReferenceProvider';
import { SharedPersonaRenameProvider } from './sharedPersonaRename';

/** Registers everything of this area. */
export function registerSharedPersonas(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  registerSharedPersonaDiagnostics(context, index);
  SharedPersonaHoverProvider.register(context, index);
  SharedPersonaCompletionProvider.register(context, index);
  SharedPersonaDefinitionProvider.register(context, index);
  SharedPersonaReferenceProvider.register(context, index);
  SharedPersonaRenameProvider.register(context, index);
  PersonasSymbolProvider.register(context);
}
