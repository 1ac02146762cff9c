/**
 * The "Journey Maps" log (Output view → Journey Maps): every error the extension meets and does not show in a
 * message goes here, with what it was doing. One LogOutputChannel for the whole host, made on first use; the
 * user sets its level with "Developer: Set Log Level…". Core functions return reasons; the host logs them.
 */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The channel, created on first use (nothing is created at start-up unless something is logged). */
export function hostLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Journey Maps', { log: true });
  return channel;
}

/** Disposes the channel with the extension. */
export function registerLog(context: vscode.ExtensionContext): void {
  context.subscriptions.push({ dispose: () => { channel?.dispose(); channel = undefined; } });
}

/** Logs an error with what was being done: `context: message`, the stack when there is one. */
export function logError(context: string, error: unknown): void {
  hostLog().error(`${context}: ${describeError(error)}`);
}

/** Logs something that went wrong but was handled (a fallback was taken). */
export function logWarning(context: string, error: unknown): void {
  hostLog().warn(`${context}: ${describeError(error)}`);
}

/** The message of an error (and its stack, for Error objects), or the value as text. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
}
