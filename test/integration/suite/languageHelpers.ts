/** Shared by the language feature suites: the host helpers every suite uses, plus diagnostics and hover text. */
import * as vscode from 'vscode';

export {
  activated, closeAll, fixtureUri, openFixture, openScratch, positionOf, rangeOf, show, until,
} from '../../shared/hostHelpers';

/** The diagnostics of this extension for a URI. */
export function cjmDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cjm');
}

/** Text of a hover's contents joined. */
export function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}
