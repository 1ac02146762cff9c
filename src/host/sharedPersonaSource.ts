/**
 * What map editors and exports need of the workspace's shared personas: the catalog the map's `{ use: id }` personas
 * resolve against. The workspace index provides it; extension.ts hands it over (areas never import each other).
 */
import type * as vscode from 'vscode';
import type { SharedPersonaCatalog } from '../core/sharedPersonas/sharedPersonas';

/** A provider of the workspace's shared personas. */
export interface SharedPersonaSource {
  /** The shared personas of the workspace (read on first need). */
  catalog(): Promise<SharedPersonaCatalog>;
  /** Fires when the workspace's files (personas files among them) may have changed. */
  readonly onDidChange: vscode.Event<void>;
}
