/**
 * What every part of the map needs besides its own data: whether edits are allowed, the callbacks, and
 * lookups of personas and channels. One stable value per map render, shared through a Preact context.
 */
import type { MapImages } from '../../src/core/images/imageRefs';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Channel, Persona } from '../../src/core/schema';
import type { Path, Problem } from '../../src/core/types';
import type { EditOp, MapJourneys } from '../../src/shared/protocol';
import type { SeriesStyle } from '../../src/core/view/mapData';

/** Callbacks of the map; all optional, so the export can render without any. */
export interface MapCallbacks {
  /** An item was clicked: show its source. */
  onReveal?: (path: Path) => void;
  /** The user changed the map; only called when `editable`. */
  onEdit?: (op: EditOp) => void;
  /** A short transient message for the status line, e.g. after a delete. */
  onStatus?: (text: string) => void;
  /** A `journey:` chip was clicked: open the map it names (only in the map editor). */
  onOpenJourney?: (link: string) => void;
  /** A shared persona's "shared" link was clicked: open its personas file at it (only in the map editor). */
  onOpenSharedPersona?: (id: string) => void;
}

/** The shared context value. */
export interface MapContextValue extends MapCallbacks {
  editable: boolean;
  /** Touchpoint id → number of comments in code that name it. */
  codeReferences: Record<string, number>;
  /** The targets of the map's `journey:` links and the links into it; null until the host sent them. */
  journeys: MapJourneys | null;
  /** Insight findings by the path key of the card or stage they are about (see insightGroups). */
  insights: Map<string, Problem[]>;
  personas: Map<string, Persona>;
  channels: Map<string, Channel>;
  styles: Map<string | null, SeriesStyle>;
  /** An id that no stage or touchpoint of the current map uses yet, e.g. `touchpoint-3`. */
  newId: (base: string) => string;
  /** How to show each `image:` value of the map (resolved by the host); absent: pictures are not shown. */
  images?: MapImages;
  /** Shared persona id → the personas file that defines it (resolved by the host); absent: not known. */
  sharedPersonaFiles?: Record<string, string>;
}

/** Default context: read-only, no callbacks. */
export const MapContext = createContext<MapContextValue>({
  editable: false, codeReferences: {}, journeys: null, insights: new Map(), personas: new Map(), channels: new Map(), styles: new Map(), newId: (base) => `${base}-1`,
});

/** The map context of the nearest JourneyMap. */
export function useMap(): MapContextValue {
  return useContext(MapContext);
}

/** Sends an edit when editing is on; returns whether it was sent. */
export function edit(ctx: MapContextValue, op: EditOp): boolean {
  if (!ctx.editable || !ctx.onEdit) return false;
  ctx.onEdit(op);
  return true;
}
