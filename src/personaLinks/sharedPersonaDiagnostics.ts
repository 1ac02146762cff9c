/**
 * Diagnostics of shared personas: each personas file's own problems, and `unknown-shared-persona` for each `use:` of
 * an open map that no personas file defines. One collection, refreshed as documents change and whenever the
 * workspace index changes (a personas file created, edited or deleted).
 */
import * as vscode from 'vscode';
import { mapDiagnostics, registerIndexedDiagnostics } from '../codeLinks/indexedDiagnostics';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { personaUsesOf, unknownSharedPersonaProblems } from '../core/sharedPersonas/sharedPersonas';
import { logError } from '../host/log';
import type { CrossFileProblems } from '../language/crossFileProblems';
import { toDiagnostic } from '../language/problemDiagnostics';
import { personasAnalysis, PERSONAS_LANGUAGE } from './personaPlaces';

/** `unknown-shared-persona` of a map against the workspace's personas files (read only when the map has a `use:`). */
export function sharedPersonaProblems(index: WorkspaceIndex): CrossFileProblems {
  return async (analysis) => {
    const uses = personaUsesOf(analysis);
    return uses.length === 0 ? [] : unknownSharedPersonaProblems(uses, await index.personas());
  };
}

/** Registers the `cjm-personas` collection, in step with open maps and personas files. */
export function registerSharedPersonaDiagnostics(context: vscode.ExtensionContext, index: WorkspaceIndex): vscode.DiagnosticCollection {
  return registerIndexedDiagnostics(context, index, {
    name: 'cjm-personas',
    languages: ['cjm', PERSONAS_LANGUAGE],
    // A personas file gets its own problems; a map without `use:` reads nothing of the workspace.
    check: async (document) => document.languageId === PERSONAS_LANGUAGE
      ? personasAnalysis(document).problems.map((p) => toDiagnostic(document, p))
      : mapDiagnostics(document, sharedPersonaProblems(index)),
    failed: (document, error) => logError(`Checking the shared personas of ${document.uri.toString()}`, error),
  });
}
