/** CodeLens above each code reference: "Touchpoint: Search ad · Discover · Website · +1", opening the map editor at it. */
import * as vscode from 'vscode';
import { escapeIconSyntax } from '../core/markdownText';
import { documentReferences, SOURCE_SELECTOR } from './documentReferences';
import { OPEN_TOUCHPOINT } from './openTouchpointCommand';
import type { WorkspaceIndex } from './workspaceIndex';
import { t } from '../core/l10n/translate';

/** CodeLens provider for source files. */
export class CodeReferenceLensProvider implements vscode.CodeLensProvider {
  /** Fires when the index changes, so titles follow the maps. */
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(private readonly index: WorkspaceIndex) {
    this.onDidChangeCodeLenses = index.onDidChange;
  }

  /** Registers the provider for every file and untitled document. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerCodeLensProvider(SOURCE_SELECTOR, new CodeReferenceLensProvider(index)));
  }

  /** One lens per reference, on the line of its comment. */
  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const { references } = documentReferences(document);
    if (references.length === 0) return [];
    const store = await this.index.maps();
    return references.map((reference) => {
      const range = new vscode.Range(reference.start.line, 0, reference.start.line, 0);
      const found = store.findTouchpoint(reference.mapId, reference.touchpointId)[0];
      if (!found) return new vscode.CodeLens(range, { title: t('Unknown touchpoint: {0}', escapeIconSyntax(`${reference.mapId}/${reference.touchpointId}`)), command: '' });
      return new vscode.CodeLens(range, {
        title: t('Touchpoint: {0}', escapeIconSyntax(found.touchpoint.label)),
        tooltip: t('Open {0} in the map editor', `${reference.mapId}/${reference.touchpointId}`),
        command: OPEN_TOUCHPOINT,
        arguments: [found.file, reference.touchpointId],
      });
    });
  }
}
