/** Rename of any id: its declaration and every reference in one edit; refuses empty, malformed or taken ids. */
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { ID_PATTERN } from '../core/schema';
import type { Analysis, IdOccurrence } from '../core/types';
import { getAnalysis } from '../host/analysisCache';
import { isIdTaken, occurrenceAt, occurrencesOf } from './idLookup';
import { toRange } from './textRanges';
import { t } from '../core/l10n/translate';
import { kindName } from './kindNames';

/** Why a new id cannot be used, or undefined when it can. */
export function renameRefusal(analysis: Analysis, target: IdOccurrence, newId: string): string | undefined {
  if (newId.trim() === '') return t('A {0} id cannot be empty.', kindName(target.kind));
  if (!ID_PATTERN.test(newId)) {
    return t('\'{0}\' is not a valid id: start with a letter or digit, then letters, digits, \'-\', \'_\' or \'.\'; no spaces or slashes.', newId);
  }
  if (typeof parse(newId) !== 'string') return t('\'{0}\' would be read by YAML as a number or a keyword, not as an id; add a letter.', newId);
  if (newId !== target.id && isIdTaken(analysis, target, newId)) return t('\'{0}\' is already the id of another {1}.', newId, kindName(target.kind));
  return undefined;
}

/** Adds edits outside the map to an id rename (code comments naming a touchpoint or the map); given by extension.ts. */
export type ExtraRenameEdits = (document: vscode.TextDocument, target: IdOccurrence, newId: string, edit: vscode.WorkspaceEdit) => Promise<void>;

/** Rename provider for `*.cjm.yaml`. */
export class MapRenameProvider implements vscode.RenameProvider {
  constructor(private readonly extraRenameEdits?: ExtraRenameEdits) {}

  /** Registers the provider for the `cjm` language; `extraRenameEdits` adds edits outside the map to each rename. */
  static register(context: vscode.ExtensionContext, extraRenameEdits?: ExtraRenameEdits): void {
    context.subscriptions.push(vscode.languages.registerRenameProvider({ language: 'cjm' }, new MapRenameProvider(extraRenameEdits)));
  }

  /** The id's range and text, or an error telling the user where rename works. */
  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const occurrence = occurrenceAt(getAnalysis(document), document.offsetAt(position));
    if (!occurrence) throw new Error(t('Only ids can be renamed: place the cursor on the id of a stage, touchpoint, persona, channel, lane or metric, or on a reference to one.'));
    return { range: toRange(document, occurrence.offset, occurrence.length), placeholder: occurrence.id };
  }

  /** One edit that changes the declaration and every reference. */
  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
    const analysis = getAnalysis(document);
    const occurrence = occurrenceAt(analysis, document.offsetAt(position));
    if (!occurrence) throw new Error(t('Only ids can be renamed.'));
    const refusal = renameRefusal(analysis, occurrence, newName);
    if (refusal) throw new Error(refusal);
    const edit = new vscode.WorkspaceEdit();
    const { declarations, references } = occurrencesOf(analysis, occurrence);
    for (const o of [...declarations, ...references]) edit.replace(document.uri, toRange(document, o.offset, o.length), newName);
    if (this.extraRenameEdits) await this.extraRenameEdits(document, occurrence, newName, edit);
    return edit;
  }
}
