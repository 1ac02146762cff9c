/**
 * Hidden commands for the integration tests (not in package.json, so not in the palette): they reach a
 * document's session without a webview round trip.
 * - `cjm._test.applyEdit(uri, baseVersion, op)` → `{ ok, reason?, detail? }`, exactly what a webview edit does.
 * - `cjm._test.sessionState(uri)` → `{ panels, lastSnapshotVersion, lastHighlight, lastMetricData }`, or null when no map editor shows it.
 * - `cjm._test.reveal(uri, path)` reveals an item in the text, as a click on it in the map does.
 */
import * as vscode from 'vscode';
import type { EditOp } from '../shared/protocol';
import type { Path } from '../core/types';
import { getAnalysis } from '../host/analysisCache';
import type { EditOutcome } from './documentSession';
import { existingSession } from './sessions';
import { revealPath } from './revealSource';

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  return typeof value === 'string' ? vscode.Uri.parse(value) : undefined;
}

/** Registers the `cjm._test.*` commands. */
export class TestCommands {
  /** Registers the test commands. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
      vscode.commands.registerCommand('cjm._test.applyEdit', async (uri: unknown, baseVersion: number, op: EditOp): Promise<EditOutcome> => {
        const target = toUri(uri);
        const session = target && existingSession(target);
        if (!session) return { ok: false, reason: 'failed', detail: 'no map editor is open on this document' };
        return session.applyEdit(op, baseVersion);
      }),
      vscode.commands.registerCommand('cjm._test.sessionState', (uri: unknown) => {
        const target = toUri(uri);
        const session = target && existingSession(target);
        return session
          ? { panels: session.panelCount, lastSnapshotVersion: session.lastSnapshotVersion, lastHighlight: session.lastHighlight ?? null,
            lastMetricData: session.lastMetricData ?? null }
          : null;
      }),
      vscode.commands.registerCommand('cjm._test.reveal', async (uri: unknown, path: Path): Promise<boolean> => {
        const target = toUri(uri);
        const session = target && existingSession(target);
        if (!session) return false;
        await revealPath(session.document, getAnalysis(session.document), path);
        return true;
      }),
    );
  }
}
