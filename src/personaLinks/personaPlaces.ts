/**
 * Where shared personas are in documents: the personas file's analysis (cached per version), the `use:` or the
 * persona id under the caret, and the location of a shared persona's id in its file.
 */
import * as vscode from 'vscode';
import type { ReferenceStore } from '../codeLinks/referenceStore';
import { lineCharacterAt, lineStarts } from '../core/lineLocator';
import { analyzePersonasFile, type PersonasFileAnalysis } from '../core/sharedPersonas/personasFile';
import { personaUsesOf, type PersonaUse, type SharedPersona } from '../core/sharedPersonas/sharedPersonas';
import type { IdOccurrence } from '../core/types';
import { getAnalysisAsync } from '../host/analysisCache';
import { toRange } from '../language/textRanges';

/** The language of `*.personas.yaml` files. */
export const PERSONAS_LANGUAGE = 'cjm-personas';

const analyses = new WeakMap<vscode.TextDocument, { version: number; analysis: PersonasFileAnalysis }>();

/** The analysis of a personas file's current text (one per version). */
export function personasAnalysis(document: vscode.TextDocument): PersonasFileAnalysis {
  const cached = analyses.get(document);
  if (cached?.version === document.version) return cached.analysis;
  const analysis = analyzePersonasFile(document.getText());
  analyses.set(document, { version: document.version, analysis });
  return analysis;
}

/** The `{ use: id }` item of a map whose id holds the position, with its range. */
export async function useAt(document: vscode.TextDocument, position: vscode.Position): Promise<{ use: PersonaUse; range: vscode.Range } | undefined> {
  const offset = document.offsetAt(position);
  const use = personaUsesOf(await getAnalysisAsync(document)).find((u) => offset >= u.offset && offset <= u.offset + u.length);
  return use ? { use, range: toRange(document, use.offset, use.length) } : undefined;
}

/** The persona id of a personas file that holds the position. */
export function personaIdAt(document: vscode.TextDocument, position: vscode.Position): IdOccurrence | undefined {
  const offset = document.offsetAt(position);
  return personasAnalysis(document).index.declarations.find((d) => offset >= d.offset && offset <= d.offset + d.length);
}

/** Where a shared persona's id is written in its personas file. */
export function locationOf(store: ReferenceStore, shared: SharedPersona): vscode.Location {
  const text = store.personasFileList().find((f) => f.file === shared.file)?.analysis.text ?? '';
  const starts = lineStarts(text);
  const start = lineCharacterAt(starts, shared.offset);
  const end = lineCharacterAt(starts, shared.offset + shared.length);
  return new vscode.Location(vscode.Uri.parse(shared.file), new vscode.Range(start.line, start.character, end.line, end.character));
}

/** Every place that names shared persona `id` in the maps that use it (their current text, open or not). */
export async function useLocations(store: ReferenceStore, id: string): Promise<vscode.Location[]> {
  const locations: vscode.Location[] = [];
  for (const file of store.mapsUsingPersona(id)) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
    for (const use of personaUsesOf(await getAnalysisAsync(document)).filter((u) => u.id === id)) {
      for (const o of use.occurrences) locations.push(new vscode.Location(document.uri, toRange(document, o.offset, o.length)));
    }
  }
  return locations;
}
