/**
 * "Go to Symbol in Workspace" (Ctrl+T): the maps, stages, touchpoints and personas of every map, and the personas of
 * every `*.personas.yaml` file, from the workspace index.
 */
import * as vscode from 'vscode';
import { fileNameOf } from '../host/analysisCache';
import type { WorkspaceIndex } from './workspaceIndex';
import { workspaceSymbols, type JourneySymbolKind } from './workspaceSymbols';

const KINDS: Record<JourneySymbolKind, vscode.SymbolKind> = {
  map: vscode.SymbolKind.File,
  stage: vscode.SymbolKind.Class,
  touchpoint: vscode.SymbolKind.Event,
  persona: vscode.SymbolKind.Interface,
};

/** Workspace symbol provider over the journey maps of the workspace. */
export class JourneyWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerWorkspaceSymbolProvider(new JourneyWorkspaceSymbolProvider(index)));
  }

  /** Every symbol whose name or id holds the query's characters in order. */
  async provideWorkspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
    const store = await this.index.personas();
    return workspaceSymbols(store, query, (file) => fileNameOf(vscode.Uri.parse(file))).map((s) => new vscode.SymbolInformation(s.name, KINDS[s.kind], s.container,
      new vscode.Location(vscode.Uri.parse(s.file), new vscode.Range(s.start.line, s.start.character, s.start.line, s.start.character + s.length))));
  }
}
