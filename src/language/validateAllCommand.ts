/** The command "Journey Map: Validate All Maps": every `*.cjm.yaml` of the workspace into the Problems panel. */
import * as vscode from 'vscode';
import { analyze, finishProblems } from '../core/analyze';
import { getMapData, resolveMapAnalysis } from '../dataFiles/mapDataCache';
import type { Problem } from '../core/types';
import { insightsOf } from '../core/insights/runInsights';
import { fileNameOf, getAnalysis } from '../host/analysisCache';
import { documentInsights } from '../host/documentInsights';
import { insightConfigs } from '../host/insightConfigs';
import { imageProblemsOf } from '../mapImages/workspaceImages';
import { missingCodePathProblemsOf } from './codePathCheck';
import type { CrossFileProblems } from './crossFileProblems';
import type { MapDiagnostics } from './diagnosticsProvider';
import { textPositions, toDiagnostic } from './problemDiagnostics';
import { t, tPlural } from '../core/l10n/translate';

/** What a run of Validate All found. */
export interface ValidateAllSummary {
  maps: number;
  errors: number;
  warnings: number;
}

/** Registers `cjm.validateAll`; it resolves to the summary (tests use it). */
export class ValidateAllCommand {
  /**
   * Registers the command against the diagnostics collection of open maps; `crossFile` adds the problems only the
   * workspace can tell (open maps show those in their own collection, so they are only counted there).
   */
  static register(context: vscode.ExtensionContext, diagnostics: MapDiagnostics, crossFile?: CrossFileProblems): void {
    context.subscriptions.push(vscode.commands.registerCommand('cjm.validateAll', () => validateAll(diagnostics, crossFile ?? noCrossFileProblems)));
  }
}

const noCrossFileProblems: CrossFileProblems = () => Promise.resolve([]);

async function validateAll(diagnostics: MapDiagnostics, crossFile: CrossFileProblems): Promise<ValidateAllSummary> {
  const files = await vscode.workspace.findFiles('**/*.cjm.yaml', '**/{node_modules,.git}/**');
  const summary: ValidateAllSummary = { maps: files.length, errors: 0, warnings: 0 };
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('Validating journey maps') }, async () => {
    for (const uri of files) {
      const problems = await problemsOf(uri, diagnostics, crossFile);
      summary.errors += problems.filter((p) => p.severity === 'error').length;
      summary.warnings += problems.filter((p) => p.severity === 'warning').length;
    }
  });
  const text = t('Validated {0}: {1}, {2}.', tPlural(summary.maps, '{0} map', '{0} maps', summary.maps),
    tPlural(summary.errors, '{0} error', '{0} errors', summary.errors), tPlural(summary.warnings, '{0} warning', '{0} warnings', summary.warnings));
  void (summary.errors ? vscode.window.showWarningMessage(text) : vscode.window.showInformationMessage(text));
  return summary;
}

async function problemsOf(uri: vscode.Uri, diagnostics: MapDiagnostics, crossFile: CrossFileProblems): Promise<Problem[]> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    await diagnostics.refresh(open);
    const analysis = getAnalysis(open);
    const data = await getMapData(open);
    const images = await imageProblemsOf(uri, analysis);
    return [...finishProblems([...analysis.problems, ...data.problems, ...(await documentInsights(open, analysis, data.metrics)), ...images], analysis.text),
      ...(await missingCodePathProblemsOf(uri, analysis)), ...(await crossFile(analysis))];
  }
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    const problem: Problem = { offset: 0, length: 0, severity: 'error', code: 'unreadable-file', message: t('The map cannot be read: {0}', String(error)) };
    diagnostics.collection.set(uri, [toDiagnostic(textPositions(''), problem)]);
    return [problem];
  }
  const analysis = analyze(text, { fileName: fileNameOf(uri) });
  const data = await resolveMapAnalysis(uri, analysis);
  const findings = insightsOf(analysis, await insightConfigs.settingsFor(uri), data.metrics);
  const images = await imageProblemsOf(uri, analysis);
  const problems = [...finishProblems([...analysis.problems, ...data.problems, ...findings, ...images, ...(await crossFile(analysis))], text),
    ...(await missingCodePathProblemsOf(uri, analysis))];
  const positions = { ...textPositions(text), uri };
  diagnostics.collection.set(uri, problems.map((p) => toDiagnostic(positions, p)));
  return problems;
}
