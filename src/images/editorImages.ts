/**
 * The pictures a map editor panel shows: workspace files as webview URIs (the panel's resource roots widened to
 * the map's workspace folders only when the map has some), https images as they are only when the user allows
 * remote images, and for everything else the reason its placeholder shows.
 */
import * as vscode from 'vscode';
import { fileProblem } from '../core/images/imageFiles';
import { imageTarget, imageValuesOf, type MapImage, type MapImages } from '../core/images/imageRefs';
import type { CjmMap } from '../core/schema';
import { mapLocation } from '../dataFiles/mapDataCache';
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
      image = why ? { unavailable: why } : { src: webview.asWebviewUri(mapUri.with({ path: target.path, query: '', fragment: '' })).toString() };
    }
    images[value] = image;
  }));
  return images;
}

/** Adds the map's image folders to the panel's resource roots when they are not there yet (the map gained an image). */
export function widenRootsForImages(panel: vscode.WebviewPanel, mapUri: vscode.Uri): void {
  const current = panel.webview.options.localResourceRoots ?? [];
  const known = new Set(current.map((uri) => uri.toString()));
  const missing = imageRoots(mapUri).filter((uri) => !known.has(uri.toString()));
  if (missing.length > 0) panel.webview.options = { ...panel.webview.options, localResourceRoots: [...current, ...missing] };
}
