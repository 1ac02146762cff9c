/**
 * One Analysis per document version, shared by diagnostics, every language provider and every map editor,
 * so a keystroke is parsed once however many features ask.
 */
import type * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';

interface CachedAnalysis {
  version: number;
  analysis: Analysis;
}

const cache = new Map<string, CachedAnalysis>();

/** The analysis of the document's current version, computed at most once per version. */
export function getAnalysis(document: vscode.TextDocument): Analysis {
  const key = document.uri.toString();
  const hit = cache.get(key);
  if (hit && hit.version === document.version) return hit.analysis;
  const analysis = analyze(document.getText(), { fileName: fileNameOf(document.uri) });
  cache.set(key, { version: document.version, analysis });
  return analysis;
}

/** Forgets a closed document's analysis. */
export function forgetAnalysis(uri: vscode.Uri): void {
  cache.delete(uri.toString());
}

/** The last path segment of a URI. */
export function fileNameOf(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1);
}
