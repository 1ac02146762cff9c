/**
 * Images of maps in the extension host: files read through `vscode.workspace.fs` (so the browser build reads them
 * too), the `journeyMaps.preview.allowRemoteImages` setting, and the warnings of image files that cannot be shown.
 */
import * as vscode from 'vscode';
import { imageFileProblems, type ImageFileReader } from '../core/images/imageFiles';
import { remoteImageFetcher } from '../core/images/remoteImages';
import type { Analysis, Problem } from '../core/types';
import { mapLocation } from '../dataFiles/mapDataCache';

/** The setting that lets the map editor and exports show `https` images (off by default, like Markdown preview's). */
export const ALLOW_REMOTE_IMAGES_SETTING = 'journeyMaps.preview.allowRemoteImages';

/** True when the user allows remote (https) images for this map. */
export function remoteImagesAllowed(mapUri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('journeyMaps.preview', mapUri).get<boolean>('allowRemoteImages', false);
}

/**
 * Reads image files of the map's scheme and authority by path; downloads https images only when `allowRemote`
 * (exports only: the map editor's webview loads remote images itself).
 */
export function workspaceImageReader(mapUri: vscode.Uri, allowRemote = false): ImageFileReader {
  const uriOf = (path: string): vscode.Uri => mapUri.with({ path, query: '', fragment: '' });
  return {
    size: async (path) => {
      try {
        const stat = await vscode.workspace.fs.stat(uriOf(path));
        return stat.type & vscode.FileType.Directory ? undefined : stat.size;
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
        throw error;
      }
    },
    read: (path) => Promise.resolve(vscode.workspace.fs.readFile(uriOf(path))),
    fetchRemote: allowRemote ? remoteImageFetcher(fetch) : undefined,
  };
}

/** The `image-missing` and `image-too-large` warnings of an analysed map. */
export function imageProblemsOf(mapUri: vscode.Uri, analysis: Analysis): Promise<Problem[]> {
  return imageFileProblems(analysis, mapLocation(mapUri), workspaceImageReader(mapUri));
}
