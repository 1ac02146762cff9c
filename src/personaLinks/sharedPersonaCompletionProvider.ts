/** Completion of shared personas: the workspace's persona ids after a map's `use:`, and the keys of a personas file. */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { t } from '../core/l10n/translate';
import { completionSiteAt, type CompletionSite } from '../core/positionCompletion';
import { allowedKeysAt } from '../core/positionSchema';
import { personasFileSchema } from '../core/schema';
import { getAnalysisAsync } from '../host/analysisCache';
import { toRange } from '../language/textRanges';
import { personasAnalysis, PERSONAS_LANGUAGE } from './personaPlaces';

/** Completion provider for shared personas in maps and personas files. */
export class SharedPersonaCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider; a space or `:` after `use` re-triggers it. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerCompletionItemProvider(
      [{ language: 'cjm' }, { language: PERSONAS_LANGUAGE }], new SharedPersonaCompletionProvider(index), ' ', ':', '-'));
  }

  /** The completions at a position. */
  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const offset = document.offsetAt(position);
    if (document.languageId === PERSONAS_LANGUAGE) {
      const analysis = personasAnalysis(document);
      const site = completionSiteAt(analysis.doc, analysis.text, offset);
      return site?.kind === 'key' ? keyItems(document, site) : [];
    }
    const analysis = await getAnalysisAsync(document);
    const site = completionSiteAt(analysis.doc, analysis.text, offset);
    const { path } = site ?? { path: [] };
    if (site?.kind !== 'value' || path.length !== 3 || path[0] !== 'personas' || path[2] !== 'use') return [];
    const store = await this.index.personas();
    return [...store.personaIds()].map((id) => {
      const shared = store.personaById(id)!;
      const item = new vscode.CompletionItem({ label: id, description: shared.persona.name }, vscode.CompletionItemKind.Reference);
      item.detail = t('Shared persona from {0}.', vscode.workspace.asRelativePath(vscode.Uri.parse(shared.file)));
      item.filterText = id;
      item.range = toRange(document, site.offset, site.length);
      return item;
    });
  }
}

function keyItems(document: vscode.TextDocument, site: CompletionSite): vscode.CompletionItem[] {
  return allowedKeysAt(site.path, personasFileSchema).filter((k) => !site.presentKeys.includes(k.key)).map((k, i) => {
    const item = new vscode.CompletionItem(k.key, vscode.CompletionItemKind.Property);
    item.detail = k.required ? t('required') : t('optional');
    item.documentation = new vscode.MarkdownString(k.description);
    item.insertText = k.key === 'personas' && site.path.length === 0 ? new vscode.SnippetString('personas:\n  - id: $1\n    name: $0') : `${k.key}: `;
    item.sortText = `${k.required ? 0 : 1}${String(i).padStart(2, '0')}`;
    item.range = toRange(document, site.offset, site.length);
    return item;
  });
}
