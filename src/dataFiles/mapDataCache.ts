/**
 * Metric data of open maps, resolved once per map version and data generation: every consumer (diagnostics,
 * map editors, hover, exports) asks here. When a data file changes, the maps that read it hear of it
 * through `onDidChangeMapData`.
 */
import * as vscode from 'vscode';
import { DataResolver } from '../core/data/dataResolver';
import { folderOf, isInside } from '../core/data/dataPaths';
import type { DataResolution } from '../core/data/types';
import type { Analysis } from '../core/types';
import { yieldToEventLoop } from '../core/yieldToEventLoop';
import { getAnalysisAsync } from '../host/analysisCache';
import { invalidateDataFile, WorkspaceDataReader } from './workspaceDataReader';

interface Entry { version: number; generation: number; done: Promise<DataResolution> }

const entries = new Map<string, Entry>();
/** Data file URI → the maps (URIs) that read it. */
const readers = new Map<string, Set<string>>();
const resolvers = new Map<string, { reader: WorkspaceDataReader; resolver: DataResolver }>();
const changed = new vscode.EventEmitter<vscode.Uri[]>();
let generation = 0;

/** Fires with the maps whose data files changed. */
export const onDidChangeMapData = changed.event;

/** The metric data of the map's current version (resolved at most once per version and data change). */
export function getMapData(document: vscode.TextDocument): Promise<DataResolution> {
  const key = document.uri.toString();
  const hit = entries.get(key);
  if (hit && hit.version === document.version && hit.generation === generation) return hit.done;
  const done = resolveMap(document);
  entries.set(key, { version: document.version, generation, done });
  return done;
}

/** True when some open map reads this file. */
export function isDataFileOfSomeMap(uri: vscode.Uri): boolean {
  return readers.has(uri.toString());
}

/** A data file changed (on disk or in an editor): forget its text, and tell the maps that read it. */
export function dataFileChanged(uri: vscode.Uri): void {
  invalidateDataFile(uri);
  const maps = readers.get(uri.toString());
  if (!maps || maps.size === 0) return;
  generation++;
  changed.fire([...maps].map((m) => vscode.Uri.parse(m)));
}

/** Forgets a closed map. */
export function forgetMapData(uri: vscode.Uri): void {
  const key = uri.toString();
  entries.delete(key);
  for (const maps of readers.values()) maps.delete(key);
}

async function resolveMap(document: vscode.TextDocument): Promise<DataResolution> {
  const resolution = await resolveMapAnalysis(document.uri, await getAnalysisAsync(document));
  const { reader } = resolverFor(document.uri);
  const mapKey = document.uri.toString();
  for (const maps of readers.values()) maps.delete(mapKey);
  for (const path of resolution.files) {
    const fileKey = reader.uriOf(path).toString();
    if (!readers.has(fileKey)) readers.set(fileKey, new Set());
    readers.get(fileKey)!.add(mapKey);
  }
  return resolution;
}

/**
 * The metric data of an analysed map at `uri` (open or not), read relative to it; the workspace folders of its
 * scheme are the roots its sources must stay inside (its own folder when it lies outside them all).
 */
export function resolveMapAnalysis(uri: vscode.Uri, analysis: Analysis): Promise<DataResolution> {
  return resolverFor(uri).resolver.resolve(analysis, mapLocation(uri));
}

/**
 * The map's path and the folders the files it names (data sources, images) must stay inside: the workspace
 * folders of its scheme, or its own folder when it lies outside them all.
 */
export function mapLocation(uri: vscode.Uri): { mapPath: string; roots: string[] } {
  const mapPath = uri.path;
  const roots = (vscode.workspace.workspaceFolders ?? [])
    .filter((f) => f.uri.scheme === uri.scheme && f.uri.authority === uri.authority)
    .map((f) => f.uri.path);
  return { mapPath, roots: roots.some((root) => isInside(mapPath, [root])) ? roots : [folderOf(mapPath)] };
}

function resolverFor(uri: vscode.Uri): { reader: WorkspaceDataReader; resolver: DataResolver } {
  const base = `${uri.scheme}://${uri.authority}`;
  let found = resolvers.get(base);
  if (!found) {
    const reader = new WorkspaceDataReader(uri);
    found = { reader, resolver: new DataResolver(reader, yieldToEventLoop) };
    resolvers.set(base, found);
  }
  return found;
}
