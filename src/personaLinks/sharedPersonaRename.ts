/**
 * Rename of a shared persona across files, as one workspace edit: from its id in a personas file (a rename provider),
 * and from a map's `use:` id or a reference to it (a hook of the map's own rename, which renames that map's places).
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { t } from '../core/l10n/translate';
import { renameSharedPersona } from '../core/sharedPersonas/renameSharedPersona';
import { personaUsesOf } from '../core/sharedPersonas/sharedPersonas';
import { getAnalysis, getAnalysisAsync } from '../host/analysisCache';
import type { ExtraRenameEdits } from '../language/renameProvider';
import { toRange } from '../language/textRanges';
import { personaIdAt, personasAnalysis, PERSONAS_LANGUAGE } from './personaPlaces';

/** The workspace edit that renames shared persona `id` to `newId` everywhere, skipping `except`; throws the refusal. */
export async function sharedPersonaRenameEdit(index: WorkspaceIndex, id: string, newId: string, except?: vscode.Uri): Promise<vscode.WorkspaceEdit> {
  await index.settle();
  const store = await index.personas();
  const documents = new Map<string, vscode.TextDocument>();
  const open = async (file: string): Promise<{ file: string; document: vscode.TextDocument }> => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
    const name = vscode.workspace.asRelativePath(document.uri);
    documents.set(name, document);
    return { file: name, document };
  };
  const personasFiles = await Promise.all(store.personasFileList().map(async ({ file }) => {
    const { file: name, document } = await open(file);
    return { file: name, analysis: personasAnalysis(document) };
  }));
  const maps = await Promise.all(store.mapsUsingPersona(id).map(async (file) => {
    const { file: name, document } = await open(file);
    return { file: name, analysis: await getAnalysisAsync(document) };
  }));
  const result = renameSharedPersona(id, newId, { personasFiles, maps });
  if ('refusal' in result) throw new Error(result.refusal);
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    const document = documents.get(e.file)!;
    if (except && document.uri.toString() === except.toString()) continue;
    edit.replace(document.uri, toRange(document, e.offset, e.length), e.newText);
  }
  return edit;
}

/** The map rename's hook: renaming a persona the map uses from a personas file renames it in that file and every other map. */
export function sharedPersonaRenameEdits(index: WorkspaceIndex): ExtraRenameEdits {
  return async (document, target, newId, edit) => {
    if (target.kind !== 'persona' || !personaUsesOf(getAnalysis(document)).some((u) => u.id === target.id)) return;
    const shared = await sharedPersonaRenameEdit(index, target.id, newId, document.uri);
    for (const [uri, edits] of shared.entries()) for (const e of edits) edit.replace(uri, e.range, e.newText);
  };
}

/** Rename provider for persona ids of personas files. */
export class SharedPersonaRenameProvider implements vscode.RenameProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for the personas files' language. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerRenameProvider({ language: PERSONAS_LANGUAGE }, new SharedPersonaRenameProvider(index)));
  }

  /** The id's range, or an error telling the user where rename works. */
  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const declaration = personaIdAt(document, position);
    if (!declaration) throw new Error(t('Only persona ids can be renamed here: place the cursor on the id of a persona.'));
    return { range: toRange(document, declaration.offset, declaration.length), placeholder: declaration.id };
  }

  /** One edit: the id here and in every map that uses the persona. */
  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
    const declaration = personaIdAt(document, position);
    if (!declaration) throw new Error(t('Only persona ids can be renamed here: place the cursor on the id of a persona.'));
    return sharedPersonaRenameEdit(this.index, declaration.id, newName);
  }
}
