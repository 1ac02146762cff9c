/**
 * One Analysis per document version, shared by diagnostics, every language provider and every map editor,
 * so a keystroke is parsed once however many features ask. Each open document keeps an incremental analyzer:
 * a new version re-parses only the stage blocks whose text changed (exactly what a full analysis gives).
 * A document seen for the first time can be analysed in slices (getAnalysisAsync), so that opening a large map
 * never blocks the extension host for long; later versions take the fast synchronous path.
 *
 * An analysis never changes once returned. The incremental analyzer moves the yaml nodes it reuses into the new
 * version's document, so before it analyses a new version, the previous analysis is detached: its `doc` becomes
 * a full parse of its own text, made only if someone still reads it. (Nodes taken out of an old `doc` before
 * that are still the shared ones: read an analysis's nodes within the turn that asked for it.)
 */
import type * as vscode from 'vscode';
import { parseMapDocument } from '../core/parseMap';
import { IncrementalAnalyzer } from '../core/incremental/incrementalAnalyzer';
import type { Analysis } from '../core/types';

interface CachedAnalysis {
  version: number;
  analysis: Analysis;
  analyzer: IncrementalAnalyzer;
  fileName: string;
}

const cache = new Map<string, CachedAnalysis>();
const pending = new Map<string, { version: number; done: Promise<Analysis> }>();

/** Why the incremental analysis of a document last fell back to a full one, until someone takes it to log it. */
const fallbackFailures = new Map<string, unknown>();

/** The error that last sent this document's incremental analysis to a full one, once (the caller logs it). */
export function takeFallbackFailure(uri: vscode.Uri): unknown {
  const key = uri.toString();
  const failure = fallbackFailures.get(key);
  fallbackFailures.delete(key);
  return failure;
}

/** The analysis of the document's current version, computed at most once per version. */
export function getAnalysis(document: vscode.TextDocument): Analysis {
  const key = document.uri.toString();
  const hit = cache.get(key);
  if (hit && hit.version === document.version) return hit.analysis;
  const fileName = fileNameOf(document.uri);
  const analyzer = hit && hit.fileName === fileName ? hit.analyzer : new IncrementalAnalyzer({ fileName });
  if (hit) detach(hit.analysis);
  const analysis = analyzer.analyze(document.getText());
  if (analyzer.stats.failure !== undefined) fallbackFailures.set(key, analyzer.stats.failure);
  cache.set(key, { version: document.version, analysis, analyzer, fileName });
  return analysis;
}

/**
 * The analysis of the document's current version, like getAnalysis; a document not analysed before is parsed
 * in slices that let the extension host breathe. Resolves with the analysis of the version current then.
 */
export async function getAnalysisAsync(document: vscode.TextDocument): Promise<Analysis> {
  const key = document.uri.toString();
  if (cache.has(key)) return getAnalysis(document); // warm: only the edited blocks are parsed
  let job = pending.get(key);
  if (!job) {
    const version = document.version;
    const fileName = fileNameOf(document.uri);
    const analyzer = new IncrementalAnalyzer({ fileName });
    const done: Promise<Analysis> = analyzer.analyzeInSlices(document.getText()).then((analysis) => {
      if (pending.get(key)?.done !== done) return analysis; // forgotten meanwhile
      pending.delete(key);
      const cached = cache.get(key);
      if (!cached || cached.version < version) cache.set(key, { version, analysis, analyzer, fileName });
      return analysis;
    });
    job = { version, done };
    pending.set(key, job);
  }
  const analysis = await job.done;
  // The text may have moved on while the slices ran: the warm analyzer catches up on the edited blocks only.
  return document.isClosed ? analysis : getAnalysis(document);
}

/** Gives an analysis a document of its own (a full parse of its text, on first read), so later versions cannot move its nodes. */
function detach(analysis: Analysis): void {
  if (!analysis.doc) return;
  let own: Analysis['doc'] | undefined;
  Object.defineProperty(analysis, 'doc', {
    get: () => (own ??= parseMapDocument(analysis.text)),
    enumerable: true,
    configurable: true,
  });
}

/** Forgets a closed document's analysis. */
export function forgetAnalysis(uri: vscode.Uri): void {
  cache.delete(uri.toString());
  pending.delete(uri.toString());
  fallbackFailures.delete(uri.toString());
}

/** The last path segment of a URI. */
export function fileNameOf(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1);
}
