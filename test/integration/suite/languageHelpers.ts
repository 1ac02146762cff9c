/** Shared by the language feature suites: the host helpers every suite uses, plus diagnostics and hover text. */
import * as vscode from 'vscode';
import { activated, closeAll, fixtureUri } from '../../shared/hostHelpers';

export {
  activated, closeAll, fixtureUri, openFixture, openScratch, positionOf, rangeOf, show, until,
} from '../../shared/hostHelpers';

/**
 * A map file of the fixture workspace that exists only for the tests of the calling `describe`: written before them
 * (never opened, so Validate All meets it closed) and deleted after them, every editor closed first.
 */
export function temporaryFixture(path: string, text: string): void {
  before(async () => {
    await activated();
    await vscode.workspace.fs.writeFile(fixtureUri(path), new TextEncoder().encode(text));
  });
  after(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(fixtureUri(path), { useTrash: false });
  });
}

/** The diagnostics of this extension for a URI. */
export function cjmDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cjm');
}

/** Text of a hover's contents joined. */
export function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}
