/**
 * The picture of an exported map as a list of simple shapes and text lines with absolute positions: what the
 * one map renderer (mapScene.ts) produces and every back end draws (SVG, PDF; PNG from the SVG). Pure data.
 */
import type { FontWeight } from '../layout/fontMetrics';

/** A rectangle, optionally rounded, filled and/or stroked. */
export interface RectShape {
  kind: 'rect';
  x: number; y: number; width: number; height: number;
  rx?: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
}

/** An SVG path (`M`, `L`, `C`, `Z` commands with absolute coordinates), filled and/or stroked. */
export interface PathShape {
  kind: 'path';
  d: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** Dash lengths, e.g. [6, 4]; solid when absent. */
  dash?: number[];
  /** The box the path stays in, for paging and clipping. */
  box: Box;
}

/** Lines of text: `y` is the baseline of the first line; each next line `lineHeight` lower. */
export interface TextShape {
  kind: 'text';
  x: number; y: number;
  lines: string[];
  size: number;
  weight: FontWeight;
  fill: string;
  lineHeight: number;
  /** Where `x` is: the start (default), the middle or the end of each line. */
  anchor?: 'start' | 'middle' | 'end';
}

/** A raster or SVG picture embedded as a data URI, scaled to fit its box (aspect ratio kept, centred). */
export interface ImageShape {
  kind: 'image';
  x: number; y: number; width: number; height: number;
  /** A `data:` URI. */
  href: string;
  mime: string;
}

/** Anything the scene draws. */
export type Shape = RectShape | PathShape | TextShape | ImageShape;

/** An axis-aligned box. */
export interface Box { x: number; y: number; width: number; height: number }

/** Where the map's grid lies, so paged back ends (PDF on A4/A3) can cut between columns and rows. */
export interface SceneGrid {
  /** Left edge of the lane-title column, of each stage column, and the right edge of the last. */
  columns: number[];
  /** Top of the stage-header row. */
  headerTop: number;
  /** Top of each lane row and the bottom of the last. */
  rows: number[];
}

/** A laid-out map. */
export interface Scene {
  width: number;
  height: number;
  background: string;
  title: string;
  shapes: Shape[];
  grid: SceneGrid;
}

/** The box a shape covers (text: from the first line's ascent to the last line's descent). */
export function shapeBox(shape: Shape): Box {
  switch (shape.kind) {
    case 'rect':
    case 'image': return { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
    case 'path': return shape.box;
    case 'text': {
      const top = shape.y - shape.size;
      return { x: shape.x, y: top, width: 0, height: (shape.lines.length - 1) * shape.lineHeight + shape.size * 1.3 };
    }
  }
}
