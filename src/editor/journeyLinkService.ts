/**
 * What map editors need of the `journey:` links across maps: the names of their targets, the links into a map,
 * and opening a link's target. The Journey Maps area provides it from the workspace index; extension.ts hands it
 * to the map editor's sessions (areas never import each other).
 */
import type * as vscode from 'vscode';
import type { MapJourneys } from '../shared/protocol';

/** A provider of journey link targets for the map editor. */
export interface JourneyLinkService {
  /** The targets of `links` (absent when no map has the id) and the links into the map with `mapId`. */
  journeysFor(mapId: string | undefined, links: string[]): Promise<MapJourneys>;
  /** Opens the link's map in the map editor of the active group, its stage highlighted; false when no map has the id. */
  open(link: string): Promise<boolean>;
  /** Fires when the workspace's maps may have changed. */
  readonly onDidChange: vscode.Event<void>;
}
