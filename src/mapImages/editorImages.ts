/**
 * The pictures a map editor panel shows: workspace files as webview URIs (the panel's resource roots widened to
 * the map's workspace folders only when the map has some), https images as they are only when the user allows
 * remote images, and for everything else the reason its placeholder shows. A file's URI carries its modification time
 * and size as a query, so a picture changed on disk (same path) is a new URI and the webview loads it anew.
 */
import * as vscode from 'vscode';
import { fileProblem } from '../core/images/imageFiles';
import { imageTarget, imageValuesOf, type MapImage, type MapImages } from '../core/images/imageRefs';
import type { CjmMap } from '../core/schema';
import { mapLocation } from '../dataFiles/mapDataCache';
import { logError } from '../host/log';
import { remoteImagesAllowed, workspaceImageReader } from './workspaceImages';

/** True when the text may name an image (cheap: decides the resource roots before the map is analysed). */
export function mayHaveImages(text: string): boolean {
  return /^[ \t-]*image[ \t]*:/m.test(text);
}

/** The folders image files of this map may come from: its workspace folders (or its own folder outside them). */
export function imageRoots(mapUri: vscode.Uri): vscode.Uri[] {
  return mapLocation(mapUri).roots.map((path) => mapUri.with({ path, query: '', fragment: '' }));
}

/** How the panel shows each image of the map; undefined when the map has none. */
export async function editorImages(mapUri: vscode.Uri, map: CjmMap, webview: vscode.Webview): Promise<MapImages | undefined> {
  const values = imageValuesOf(map);
  if (values.length === 0) return undefined;
  const where = mapLocation(mapUri);
  const reader = workspaceImageReader(mapUri);
  const allowRemote = remoteImagesAllowed(mapUri);
  const images: MapImages = {};
  await Promise.all(values.map(async (value) => {
    const target = imageTarget(value, where.mapPath);
    let image: MapImage = { unavailable: 'unreadable' };
    if (target?.kind === 'remote') image = allowRemote ? { src: target.url } : { unavailable: 'remote-blocked' };
    if (target?.kind === 'file') {
      const why = await fileProblem(target, where, reader);
      image = why ? { unavailable: why } : { src: await versionedWebviewUri(webview, mapUri.with({ path: target.path, query: '', fragment: '' })) };
    }
    images[value] = image;
  }));
  return images;
}

/**
 * The webview URI of an image file with `?v=<mtime>-<size>`: the browser caches by URI, so a changed file needs a new
 * one. Added to the webview URI (`asWebviewUri` drops a file URI's query, and has none of its own); the resource
 * loader reads the file by its path.
 */
async function versionedWebviewUri(webview: vscode.Webview, file: vscode.Uri): Promise<string> {
  const { mtime, size } = await vscode.workspace.fs.stat(file);
  return `${webview.asWebviewUri(file).toString()}?v=${mtime}-${size}`;
}

/**
 * How the panels of a map show its images (webview URIs are the same for every panel of a window); when the map
 * names an image file, the panels' resource roots are widened to its folders first. Undefined: no pictures (none, no
 * panel, or resolving failed, which is logged).
 */
export async function panelImages(mapUri: vscode.Uri, map: CjmMap | null, panels: ReadonlySet<vscode.WebviewPanel>): Promise<MapImages | undefined> {
  const first = panels.values().next().value;
  if (!map || !first) return undefined;
  try {
    const mapPath = mapLocation(mapUri).mapPath;
    if (imageValuesOf(map).some((value) => imageTarget(value, mapPath)?.kind === 'file')) panels.forEach((panel) => widenRootsForImages(panel, mapUri));
    return await editorImages(mapUri, map, first.webview);
  } catch (error) {
    logError(`The images of ${mapUri.toString()} could not be resolved for the map editor`, error);
    return undefined;
  }
}

/** Adds the map's image folders to the panel's resource roots when they are not there yet (the map gained an image). */
function widenRootsForImages(panel: vscode.WebviewPanel, mapUri: vscode.Uri): void {
  const current = panel.webview.options.localResourceRoots ?? [];
  const known = new Set(current.map((uri) => uri.toString()));
  const missing = imageRoots(mapUri).filter((uri) => !known.has(uri.toString()));
  if (missing.length > 0) panel.webview.options = { ...panel.webview.options, localResourceRoots: [...current, ...missing] };
}
