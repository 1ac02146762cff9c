/**
 * Where map editors learn how many comments in code name each touchpoint. The code-links index provides it
 * (registered at activation); the map editor only asks when a panel is ready and when the index changes.
 */
import type * as vscode from 'vscode';

/** A provider of code-reference counts. */
export interface CodeReferenceCounts {
  /** Touchpoint id → number of comments naming it, for one map id; reads the workspace on first need. */
  countsFor(mapId: string): Promise<Record<string, number>>;
  /** Fires when the counts may have changed. */
  readonly onDidChange: vscode.Event<void>;
}

let provider: CodeReferenceCounts | undefined;
const waiting = new Set<(counts: CodeReferenceCounts) => void>();

/** Makes `counts` the provider map editors use. */
export function provideCodeReferenceCounts(counts: CodeReferenceCounts): void {
  provider = counts;
  waiting.forEach((notify) => notify(counts));
  waiting.clear();
}

/** Calls `use` with the provider now, or once one is registered. */
export function withCodeReferenceCounts(use: (counts: CodeReferenceCounts) => void): void {
  if (provider) use(provider);
  else waiting.add(use);
}
