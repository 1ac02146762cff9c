/**
 * Quick fixes for the core's problems and the map's cross-file ones: did-you-mean for an unknown reference, key or
 * shared persona, declare a missing channel or persona, clamp an emotion into range, make a duplicate id unique.
 */
import * as vscode from 'vscode';
import type { Analysis, Problem } from '../core/types';
import { getAnalysisAsync } from '../host/analysisCache';
import type { CrossFileProblems } from './crossFileProblems';
import { declareStub } from './declareStub';
import { toRange, touches } from './textRanges';
import { t } from '../core/l10n/translate';

const DID_YOU_MEAN = new Set(['unknown-channel', 'unknown-persona', 'unknown-lane', 'unknown-key', 'unknown-shared-persona', 'unknown-journey']);

/** Code action provider for `*.cjm.yaml`. */
export class MapCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly crossFileProblems?: CrossFileProblems) {}

  /** Registers the provider for the `cjm` language; `crossFileProblems` adds the problems only the workspace can tell. */
  static register(context: vscode.ExtensionContext, crossFileProblems?: CrossFileProblems): void {
    context.subscriptions.push(vscode.languages.registerCodeActionsProvider({ language: 'cjm' }, new MapCodeActionProvider(crossFileProblems), {
      providedCodeActionKinds: MapCodeActionProvider.providedCodeActionKinds,
    }));
  }

  /** The fixes for every problem that touches the range. */
  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const analysis = await getAnalysisAsync(document);
    const crossFile = this.crossFileProblems ? await this.crossFileProblems(analysis) : [];
    const problems = [...analysis.problems, ...crossFile].filter((p) => touches(document, p.offset, p.length, range));
    return problems.flatMap((p) => fixesFor(document, analysis, p, context.diagnostics));
  }
}

function fixesFor(document: vscode.TextDocument, analysis: Analysis, problem: Problem, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
  const range = toRange(document, problem.offset, problem.length);
  const diagnostic = diagnostics.find((d) => d.code === problem.code && d.range.isEqual(range));
  const current = analysis.text.slice(problem.offset, problem.offset + problem.length);
  const fixes: vscode.CodeAction[] = [];
  const replace = (title: string, text: string, preferred: boolean): void => {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, range, text);
    action.isPreferred = preferred;
    if (diagnostic) action.diagnostics = [diagnostic];
    fixes.push(action);
  };
  if (problem.suggestion !== undefined && DID_YOU_MEAN.has(problem.code)) replace(t('Change to \'{0}\'', problem.suggestion), problem.suggestion, true);
  if (problem.suggestion !== undefined && problem.code === 'invalid-emotion') replace(t('Clamp emotion to {0}', problem.suggestion), problem.suggestion, true);
  if (problem.suggestion !== undefined && problem.code === 'duplicate-id') replace(t('Make id unique: \'{0}\'', problem.suggestion), problem.suggestion, false);
  if ((problem.code === 'unknown-channel' || problem.code === 'unknown-persona') && analysis.doc) {
    const list = problem.code === 'unknown-channel' ? 'channels' : 'personas';
    const stub = declareStub(analysis.doc, analysis.text, list, current);
    if (stub) {
      const action = new vscode.CodeAction(list === 'channels' ? t('Declare channel \'{0}\'', current) : t('Declare persona \'{0}\'', current), vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.insert(document.uri, document.positionAt(stub.offset), stub.text);
      if (diagnostic) action.diagnostics = [diagnostic];
      fixes.push(action);
    }
  }
  return fixes;
}
