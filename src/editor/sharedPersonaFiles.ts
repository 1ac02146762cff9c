/**
 * Shared personas in the map editor: which `*.personas.yaml` file each `use:` persona of the map comes from (the
 * persona card's "shared" link names it), and opening that file at the persona when the link is clicked.
 */
import * as vscode from 'vscode';
import type { CjmMap } from '../core/schema';
import type { SharedPersonaCatalog } from '../core/sharedPersonas/sharedPersonas';
import { t } from '../core/l10n/translate';
import { quote } from '../core/problems';
import type { SharedPersonaSource } from '../host/sharedPersonaSource';

/** Shared persona id → its personas file's workspace-relative path, for each `use:` persona some file defines. */
export function sharedPersonaFiles(map: CjmMap, catalog: SharedPersonaCatalog): Record<string, string> {
  const files: Record<string, string> = {};
  for (const persona of map.personas ?? []) {
    if (persona.use === undefined) continue;
    const shared = catalog.personaById(persona.use);
    if (shared) files[persona.use] = vscode.workspace.asRelativePath(vscode.Uri.parse(shared.file), false);
  }
  return files;
}

/**
 * Opens the personas file that defines shared persona `id`, with its id selected; false (and a message saying so)
 * when no personas file of the workspace defines it.
 */
export async function openSharedPersona(personas: SharedPersonaSource | undefined, id: string): Promise<boolean> {
  const shared = personas ? (await personas.catalog()).personaById(id) : undefined;
  if (!shared) {
    void vscode.window.showWarningMessage(t('No *.personas.yaml file of the workspace defines the persona {0}.', quote(id)));
    return false;
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(shared.file));
  const selection = new vscode.Range(document.positionAt(shared.offset), document.positionAt(shared.offset + shared.length));
  await vscode.window.showTextDocument(document, { selection, preview: false });
  return true;
}
