/**
 * One Analysis per document version, shared by diagnostics, every language provider and every map editor,
 * so a keystroke is parsed once however many features ask. Each open document keeps an incremental analyzer:
 * a new version re-parses only the stage blocks whose text changed (exactly what a full analysis gives).
 */
import type * as vscode from 'vscode';
import { IncrementalAnalyzer } from '../core/incremental/incrementalAnalyzer';
import type { Analysis } from '../core/types';

interface CachedAnalysis {
  version: number;
  analysis: Analysis;
  analyzer: IncrementalAnalyzer;
  fileName: string;
}

const cache = new Map<string, CachedAnalysis>();

/** The analysis of the document's current version, computed at most once per version. */
export function getAnalysis(document: vscode.TextDocument): Analysis {
  const key = document.uri.toString();
  const hit = cache.get(key);
  if (hit && hit.version === document.version) return hit.analysis;
  const fileName = fileNameOf(document.uri);
  const analyzer = hit && hit.fileName === fileName ? hit.analyzer : new IncrementalAnalyzer({ fileName });
  const analysis = analyzer.analyze(document.getText());
  cache.set(key, { version: document.version, analysis, analyzer, fileName });
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
