/**
 * Quick fixes for insight findings in `*.cjm.yaml`: an opportunity stub, an owner, `reviewed:` set to today, and
 * the did-you-mean for an unknown code in a `# cjm-ignore` comment. Edits are the core's minimal text edits.
 */
import * as vscode from 'vscode';
import { computeEdit } from '../core/edits';
import { insightFixes } from '../core/insights/quickFixes';
import type { Analysis, Problem } from '../core/types';
import { getAnalysisAsync } from '../host/analysisCache';
import { documentInsights } from '../host/documentInsights';
import { toRange, touches } from '../language/textRanges';
import { t } from '../core/l10n/translate';

/** Code action provider for insight findings. */
export class InsightCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerCodeActionsProvider({ language: 'cjm' }, new InsightCodeActionProvider(), {
      providedCodeActionKinds: InsightCodeActionProvider.providedCodeActionKinds,
    }));
  }

  /** The fixes for every finding that touches the range. */
  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const analysis = await getAnalysisAsync(document);
    const findings = (await documentInsights(document, analysis)).filter((p) => touches(document, p.offset, p.length, range));
    return findings.flatMap((finding) => fixesFor(document, analysis, finding, context.diagnostics));
  }
}

function fixesFor(document: vscode.TextDocument, analysis: Analysis, finding: Problem, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
  const range = toRange(document, finding.offset, finding.length);
  const diagnostic = diagnostics.find((d) => d.code === finding.code && d.range.isEqual(range));
  const action = (title: string, edit: vscode.WorkspaceEdit): vscode.CodeAction => {
    const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    fix.edit = edit;
    fix.isPreferred = true;
    if (diagnostic) fix.diagnostics = [diagnostic];
    return fix;
  };
  if (finding.code === 'unknown-insight-code' && finding.suggestion !== undefined) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, range, finding.suggestion);
    return [action(t('Change to \'{0}\'', finding.suggestion), edit)];
  }
  if (!analysis.model) return [];
  return insightFixes(finding, analysis.model, new Date()).flatMap((fix) => {
    const text = computeEdit(analysis.text, analysis.doc, fix.op);
    if ('error' in text) return [];
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, toRange(document, text.offset, text.length), text.newText);
    return [action(fix.title, edit)];
  });
}
