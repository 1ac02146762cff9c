/**
 * Which files the workspace index reads, and reading many of them without flooding the file system.
 * Uses vscode.workspace.fs, so it works in the browser build too.
 */
import * as vscode from 'vscode';
import { PERSONAS_FILE_PATTERN } from '../core/sharedPersonas/personasFile';
import { DEFAULT_MARKER } from '../core/codeReferences';
import { logWarning } from '../host/log';

/** Maps. */
export const MAP_GLOB = '**/*.cjm.yaml';

/** Extensions of files whose comments may reference touchpoints. */
export const SOURCE_EXTENSIONS = [
  'ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'mts', 'cts', 'py', 'go', 'java', 'kt', 'kts', 'scala', 'swift', 'rb', 'rs',
  'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'fs', 'php', 'sh', 'bash', 'sql', 'lua', 'dart', 'ex', 'exs', 'erl', 'hs', 'clj',
  'vue', 'svelte', 'html', 'css', 'scss', 'less', 'yaml', 'yml', 'toml', 'tf',
];

/** Every source file, by extension. */
export const SOURCE_GLOB = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;

/** Folders never read: dependencies, VCS data and build output. */
export const EXCLUDED_FOLDERS = ['node_modules', '.git', 'dist'];

/** The exclude glob for findFiles. */
export const EXCLUDE_GLOB = `**/{${EXCLUDED_FOLDERS.join(',')}}/**`;

/** Files larger than this are not read for references (generated or minified code). */
const MAX_BYTES = 2_000_000;

/** How many files are read at once. */
const CONCURRENCY = 16;

/** True when a path lies under an excluded folder. */
export function isExcluded(uri: vscode.Uri): boolean {
  return uri.path.split('/').some((segment) => EXCLUDED_FOLDERS.includes(segment));
}

/** True for a map file. */
export function isMapFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith('.cjm.yaml');
}

/** Shared personas files the index reads. */
export const PERSONAS_GLOB = '**/*.personas.{yaml,yml}';

/** True for a shared personas file (`*.personas.yaml`). */
export function isPersonasFile(uri: vscode.Uri): boolean {
  return PERSONAS_FILE_PATTERN.test(uri.path);
}

/** True for a file the index reads for references (maps are not sources). */
export function isSourceFile(uri: vscode.Uri): boolean {
  if (isMapFile(uri) || isPersonasFile(uri)) return false;
  const dot = uri.path.lastIndexOf('.');
  return dot > uri.path.lastIndexOf('/') && SOURCE_EXTENSIONS.includes(uri.path.slice(dot + 1).toLowerCase());
}

/** The marker of code references, from the setting. */
export function referenceMarker(): string {
  const marker = vscode.workspace.getConfiguration('journeyMaps.codeReferences').get<string>('marker', DEFAULT_MARKER).trim();
  return marker === '' ? DEFAULT_MARKER : marker;
}

/** The text of a file: from its open document when there is one (it may be unsaved), else from disk. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.byteLength > MAX_BYTES ? undefined : new TextDecoder().decode(bytes);
  } catch (error) {
    logWarning(`Could not read ${uri.toString()}`, error);
    return undefined;
  }
}

/** Runs `each` on every item with at most CONCURRENCY at a time. */
export async function forEachLimited<T>(items: readonly T[], each: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await each(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}
