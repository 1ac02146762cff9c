/** The code references of an open source document, scanned once per version, and the one under the caret. */
import * as vscode from 'vscode';
import { scanCodeReferences, type CodeReference, type CodeReferenceScan } from '../core/codeReferences';
import { referenceMarker } from './sourceFiles';

/** Documents the code-reference features serve: real and untitled files, never the maps themselves. */
export const SOURCE_SELECTOR: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-vfs' }];

interface CachedScan {
  version: number;
  marker: string;
  scan: CodeReferenceScan;
}

const cache = new Map<string, CachedScan>();

/** The references in a document's current text (none in a map). */
export function documentReferences(document: vscode.TextDocument): CodeReferenceScan {
  if (document.languageId === 'cjm') return { references: [], malformed: [] };
  const key = document.uri.toString();
  const marker = referenceMarker();
  const hit = cache.get(key);
  if (hit && hit.version === document.version && hit.marker === marker) return hit.scan;
  const scan = scanCodeReferences(document.getText(), marker);
  cache.set(key, { version: document.version, marker, scan });
  return scan;
}

/** Forgets a closed document's scan. */
export function forgetDocumentReferences(uri: vscode.Uri): void {
  cache.delete(uri.toString());
}

/** The reference whose `map-id/touchpoint-id` holds the position (either end counts). */
export function referenceAt(document: vscode.TextDocument, position: vscode.Position): CodeReference | undefined {
  const offset = document.offsetAt(position);
  return documentReferences(document).references.find((r) => offset >= r.offset && offset <= r.offset + r.length);
}

/** The VS Code range of a reference's `map-id/touchpoint-id`. */
export function referenceRange(reference: CodeReference): vscode.Range {
  const { line, character } = reference.start;
  return new vscode.Range(line, character, line, character + reference.length);
}

/** The VS Code range of a reference's map id or touchpoint id. */
export function partRange(reference: CodeReference, part: 'map' | 'touchpoint'): vscode.Range {
  const { line, character } = reference.start;
  const start = part === 'map' ? character : character + reference.mapId.length + 1;
  const length = part === 'map' ? reference.mapId.length : reference.touchpointId.length;
  return new vscode.Range(line, start, line, start + length);
}
