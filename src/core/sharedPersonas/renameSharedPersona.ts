/**
 * Renaming a shared persona: its id in the personas file and, in every map that uses it, the `use:` value and each
 * reference to it (touchpoint `personas:`, emotion keys), as one list of replacements the host makes one edit of.
 */
import { parse } from 'yaml';
import { t } from '../l10n/translate';
import { quote } from '../problems';
import { ID_PATTERN } from '../schema';
import type { Analysis } from '../types';
import type { PersonasFileAnalysis } from './personasFile';
import { personaUsesOf } from './sharedPersonas';

/** A replacement of a range of a file's text. */
export interface TextReplacement {
  file: string;
  offset: number;
  length: number;
  newText: string;
}

/** What a rename reads: every personas file and every map of the workspace, as the caller names them. */
export interface SharedPersonaFiles {
  personasFiles: readonly { file: string; analysis: PersonasFileAnalysis }[];
  maps: readonly { file: string; analysis: Pick<Analysis, 'index'> }[];
}

/** The replacements that rename shared persona `id` to `newId` everywhere, or why `newId` cannot be used. */
export function renameSharedPersona(id: string, newId: string, files: SharedPersonaFiles): { edits: TextReplacement[] } | { refusal: string } {
  const refusal = newIdRefusal(id, newId, files);
  if (refusal !== undefined) return { refusal };
  const edits: TextReplacement[] = [];
  for (const { file, analysis } of files.personasFiles) {
    for (const d of analysis.index.declarations) if (d.id === id) edits.push({ file, offset: d.offset, length: d.length, newText: newId });
  }
  for (const { file, analysis } of files.maps) {
    for (const use of personaUsesOf(analysis).filter((u) => u.id === id)) {
      for (const o of use.occurrences) edits.push({ file, offset: o.offset, length: o.length, newText: newId });
    }
  }
  return { edits };
}

function newIdRefusal(id: string, newId: string, files: SharedPersonaFiles): string | undefined {
  if (newId.trim() === '') return t('A persona id cannot be empty.');
  if (!ID_PATTERN.test(newId)) {
    return t('{0} is not a valid id: start with a letter or digit, then letters, digits, "-", "_" or "."; no spaces or slashes.', quote(newId));
  }
  if (typeof parse(newId) !== 'string') return t('{0} would be read by YAML as a number or a keyword, not as an id; add a letter.', quote(newId));
  if (newId === id) return undefined;
  if (files.personasFiles.some(({ analysis }) => analysis.index.declarations.some((d) => d.id === newId))) {
    return t('{0} is already the id of another shared persona.', quote(newId));
  }
  const clash = files.maps.find(({ analysis }) => personaUsesOf(analysis).some((u) => u.id === id)
    && analysis.index.declarations.some((d) => d.kind === 'persona' && d.id === newId));
  return clash ? t('{0} is already the id of a persona in {1}, which uses {2}.', quote(newId), clash.file, quote(id)) : undefined;
}
