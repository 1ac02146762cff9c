/** Quick fixes on a code reference that names no map or touchpoint: replace it with the did-you-mean. */
import * as vscode from 'vscode';
import { codeReferenceProblem } from '../core/codeReferences';
import { documentReferences, SOURCE_SELECTOR } from './documentReferences';
import type { WorkspaceIndex } from './workspaceIndex';
import { t } from '../core/l10n/translate';

/** Code action provider for source files. */
export class CodeReferenceActionProvider implements vscode.CodeActionProvider {
  /** The kinds of action this provider offers. */
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for every file and untitled document. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerCodeActionsProvider(SOURCE_SELECTOR, new CodeReferenceActionProvider(index), CodeReferenceActionProvider.metadata));
  }

  /** "Change to 'search-ad'" for each mistyped id in the range that has a close match. */
  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === 'cjm' && (d.code === 'unknown-map' || d.code === 'unknown-touchpoint'));
    if (ours.length === 0 || !this.index.hasMaps) return [];
    const store = await this.index.maps();
    const actions: vscode.CodeAction[] = [];
    for (const reference of documentReferences(document).references) {
      const problem = codeReferenceProblem(reference, store);
      if (!problem?.suggestion) continue;
      const problemRange = new vscode.Range(document.positionAt(problem.offset), document.positionAt(problem.offset + problem.length));
      const diagnostic = ours.find((d) => d.range.isEqual(problemRange));
      if (!diagnostic || !problemRange.intersection(range)) continue;
      const action = new vscode.CodeAction(t('Change to \'{0}\'', problem.suggestion), vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, problemRange, problem.suggestion);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}
