/**
 * What map editors need to show how many comments in code name each touchpoint. The code-links index provides
 * it; extension.ts hands it to the map editor's sessions, which ask when a panel is ready and when it changes.
 */
import type * as vscode from 'vscode';

/** A provider of code-reference counts. */
export interface CodeReferenceCounts {
  /** Touchpoint id → number of comments naming it, for one map id; reads the workspace on first need. */
  countsFor(mapId: string): Promise<Record<string, number>>;
  /** Fires when the counts may have changed. */
  readonly onDidChange: vscode.Event<void>;
}
