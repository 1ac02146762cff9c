/**
 * Hidden commands for the integration tests (not in package.json, so not in the palette): they reach a
 * document's session without a webview round trip.
 * - `cjm._test.applyEdit(uri, baseVersion, op)` → `{ ok, reason?, detail? }`, exactly what a webview edit does.
 * - `cjm._test.sessionState(uri)` → `{ panels, lastSnapshotVersion, lastHighlight, lastMetricData, lastPersonaNames, lastImages }`, or null when no map editor shows it.
 * - `cjm._test.reveal(uri, path)` reveals an item in the text, as a click on it in the map does.
 * - `cjm._test.openJourney(uri, link)` → whether a map has the link's id; opens it, as a click on a `journey:` chip does.
 * - `cjm._test.openSharedPersona(uri, id)` → whether a personas file defines `id`; opens it there, as a click on a
 *   persona card's "shared" link does.
 * Registered only when VS Code runs the extension's tests (`ExtensionMode.Test`), never for a user; their
 * arguments pass the same guard as a webview message.
 */
import * as vscode from 'vscode';
import { parseWebviewMessage } from '../shared/protocol';
import { getAnalysis } from '../host/analysisCache';
import type { EditOutcome } from './sessionMessages';
import type { DocumentSessions } from './sessions';
import { revealPath } from './revealSource';

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  return typeof value === 'string' ? vscode.Uri.parse(value) : undefined;
}

/** Registers the `cjm._test.*` commands. */
export class TestCommands {
  /** Registers the test commands when the extension runs under test; does nothing for a user. */
  static register(context: Pick<vscode.ExtensionContext, 'extensionMode' | 'subscriptions'>, sessions: DocumentSessions): void {
    if (context.extensionMode !== vscode.ExtensionMode.Test) return;
    context.subscriptions.push(
      vscode.commands.registerCommand('cjm._test.applyEdit', async (uri: unknown, baseVersion: unknown, op: unknown): Promise<EditOutcome> => {
        const target = toUri(uri);
        const session = target && sessions.existing(target);
        if (!session) return { ok: false, reason: 'failed', detail: 'no map editor is open on this document' };
        const message = parseWebviewMessage({ type: 'edit', id: 0, baseVersion, op });
        if (message?.type !== 'edit') return { ok: false, reason: 'malformed', detail: 'not an edit the map editor can send' };
        return session.applyEdit(message.op, message.baseVersion);
      }),
      vscode.commands.registerCommand('cjm._test.sessionState', (uri: unknown) => {
        const target = toUri(uri);
        const session = target && sessions.existing(target);
        return session
          ? { panels: session.panelCount, lastSnapshotVersion: session.lastSnapshotVersion, lastHighlight: session.lastHighlight ?? null,
            lastMetricData: session.lastMetricData ?? null, lastPersonaNames: session.lastPersonaNames, lastImages: session.lastImages ?? null }
          : null;
      }),
      vscode.commands.registerCommand('cjm._test.reveal', async (uri: unknown, path: unknown): Promise<boolean> => {
        const target = toUri(uri);
        const session = target && sessions.existing(target);
        const message = parseWebviewMessage({ type: 'reveal', path });
        if (!session || message?.type !== 'reveal') return false;
        await revealPath(session.document, getAnalysis(session.document), message.path);
        return true;
      }),
      vscode.commands.registerCommand('cjm._test.openJourney', async (uri: unknown, link: unknown): Promise<boolean> => {
        const target = toUri(uri);
        const session = target && sessions.existing(target);
        const message = parseWebviewMessage({ type: 'openJourney', link });
        return !!session && message?.type === 'openJourney' && session.openJourney(message.link);
      }),
      vscode.commands.registerCommand('cjm._test.openSharedPersona', async (uri: unknown, id: unknown): Promise<boolean> => {
        const target = toUri(uri);
        const session = target && sessions.existing(target);
        const message = parseWebviewMessage({ type: 'openSharedPersona', id });
        return !!session && message?.type === 'openSharedPersona' && session.openSharedPersona(message.id);
      }),
    );
  }
}
