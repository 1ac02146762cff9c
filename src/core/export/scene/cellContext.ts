/**
 * What every lane cell of the map renderer shares: text sizes, the map, the palette and each persona's curve look.
 */
import type { Translator } from '../../l10n/translate';
import type { CjmMap } from '../../schema';
import type { Shape as MarkerShape } from '../../view/mapData';
import type { Palette } from './palette';

/** Body text size of cells, in px. */
export const BODY = 13;
/** Secondary text size, in px. */
export const SMALL = 11.5;

/** How a persona's curve looks. */
export interface SeriesLook { name: string; color: string; shape: MarkerShape }

/** What every cell needs besides its stage. */
export interface CellContext {
  map: CjmMap;
  palette: Palette;
  /** Curve looks by persona id (`*` for the single "Everyone" line of a map without personas). */
  looks: Map<string, SeriesLook>;
  /** The export's language (the map's `lang:` or the active one). */
  translator: Translator;
}
