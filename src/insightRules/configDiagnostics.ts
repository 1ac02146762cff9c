/**
 * Diagnostics of `cjm.config.yaml` files as they are typed: unknown rules and options (with a did-you-mean), bad
 * severities and option values, YAML errors, each at its exact range.
 */
import * as vscode from 'vscode';
import { parseInsightConfig } from '../core/insights/config';
import { InsightConfigs } from '../host/insightConfigs';
import { toDiagnostic } from '../language/problemDiagnostics';

/** Keeps the `cjm-config` diagnostic collection in step with open config files. */
export class ConfigDiagnostics {
  constructor(readonly collection: vscode.DiagnosticCollection) {}

  /** Creates the collection, checks configs already open and follows opens, edits and closes. */
  static register(context: vscode.ExtensionContext): ConfigDiagnostics {
    const diagnostics = new ConfigDiagnostics(vscode.languages.createDiagnosticCollection('cjm-config'));
    context.subscriptions.push(
      diagnostics.collection,
      vscode.workspace.onDidOpenTextDocument((d) => diagnostics.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => diagnostics.refresh(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => diagnostics.collection.delete(d.uri)),
    );
    vscode.workspace.textDocuments.forEach((d) => diagnostics.refresh(d));
    return diagnostics;
  }

  /** Sets the problems of a config document. */
  refresh(document: vscode.TextDocument): void {
    if (!InsightConfigs.isConfig(document.uri) || document.isClosed) return;
    const { problems } = parseInsightConfig(document.getText());
    this.collection.set(document.uri, problems.map((p) => toDiagnostic(document, p)));
  }
}
