/** Core problems → VS Code diagnostics (code, source "cjm", severity, unused-declaration fading). */
import * as vscode from 'vscode';
import { LineLocator } from '../core/lineLocator';
import type { Problem } from '../core/types';

/** The source every diagnostic of this extension carries. */
export const DIAGNOSTIC_SOURCE = 'cjm';

const SEVERITY: Record<Problem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A range-bearing text: a document or, for maps not open, a text with line arithmetic of its own. */
export interface PositionSource {
  positionAt(offset: number): vscode.Position;
  /** The file, so related places (e.g. a duplicate's first declaration) can link to it. */
  readonly uri?: vscode.Uri;
}

/** The diagnostic of one problem. */
export function toDiagnostic(source: PositionSource, problem: Problem): vscode.Diagnostic {
  const range = new vscode.Range(source.positionAt(problem.offset), source.positionAt(problem.offset + problem.length));
  const diagnostic = new vscode.Diagnostic(range, problem.message, SEVERITY[problem.severity]);
  diagnostic.code = problem.code;
  diagnostic.source = DIAGNOSTIC_SOURCE;
  if (problem.code === 'unused-channel' || problem.code === 'unused-persona') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  const uri = source.uri;
  if (uri && problem.related) {
    diagnostic.relatedInformation = problem.related.map((place) => new vscode.DiagnosticRelatedInformation(
      new vscode.Location(uri, new vscode.Range(source.positionAt(place.offset), source.positionAt(place.offset + place.length))),
      place.message));
  }
  return diagnostic;
}

/** Positions of a text not open in an editor, counted as VS Code counts them (UTF-16, \n, \r\n or \r). */
export function textPositions(text: string): PositionSource {
  const lines = new LineLocator(text);
  return {
    positionAt(offset: number): vscode.Position {
      const { line, character } = lines.at(offset);
      return new vscode.Position(line, character);
    },
  };
}

