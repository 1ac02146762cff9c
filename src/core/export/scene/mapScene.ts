/**
 * The one map renderer of the exports: lays a map out as a Scene (header, persona legend, stage headers, one
 * row per lane, footer) with text wrapped from the export font's metrics, so the height is exact. SVG, PNG and
 * PDF are drawn from this scene. Pure: no DOM, no browser, no font file.
 */
import { activeTranslator, type Translator } from '../../l10n/translate';
import type { CjmMap } from '../../schema';
import { lanesFor, seriesStyles } from '../../view/mapData';
import { BODY, SMALL, type CellContext, type SeriesLook } from './cellContext';
import { fillCell } from './cells';
import { CURVE_HEIGHT, emotionCurve, emotionScale } from './emotionCurve';
import { TextFlow, lineHeight } from './flow';
import { marker } from './markers';
import { PRINT_PALETTE, safeColor, seriesColor, type Palette } from './palette';
import type { Scene, Shape } from './scene';
import type { MapImages } from '../../images/imageRefs';
import { AVATAR_SIZE, drawPicture, FRAME_HEIGHT } from './pictures';

/** Sizes of the grid, in px. */
export const GRID = { pad: 24, laneWidth: 170, stageWidth: 240, cellPad: 10 } as const;

/** Widest the title and description run (three stages), so they fit an A4 page and stay readable. */
const HEADER_MAX_WIDTH = GRID.laneWidth + 3 * GRID.stageWidth;

/** Options of the map renderer. */
export interface SceneOptions {
  palette?: Palette;
  /** A line under the map, e.g. the file name. */
  footer?: string;
  /** The language of lane titles and other fixed texts, and of numbers; the active one when absent. */
  translator?: Translator;
  /** Embedded pictures (data URIs) by `image:` value; absent: no pictures drawn. */
  images?: MapImages;
}

function looksOf(map: CjmMap, palette: Palette, translator: Translator): Map<string, SeriesLook> {
  const looks = new Map<string, SeriesLook>();
  seriesStyles(map.personas, translator).forEach((style, i) => {
    const own = safeColor(map.personas?.[i]?.color);
    looks.set(style.personaId ?? '*', { name: style.name, shape: style.shape, color: own ?? seriesColor(palette, i) });
  });
  return looks;
}

/** Title, description, owner and tags, and a legend of the personas' curve markers. */
function header(flow: TextFlow, ctx: CellContext, images: MapImages | undefined): void {
  const { map, palette, translator } = ctx;
  flow.paragraph(map.title, { size: 22, weight: 'bold', color: palette.text });
  if (map.description) flow.paragraph(map.description, { size: BODY, color: palette.muted });
  const meta = [map.owner && translator.t('Owner: {0}', map.owner), map.tags?.length && translator.t('Tags: {0}', map.tags.join(', '))].filter(Boolean);
  if (meta.length) flow.paragraph(meta.join(' · '), { size: SMALL, color: palette.muted });
  flow.gap(6);
  for (const persona of map.personas ?? []) {
    const look = ctx.looks.get(persona.id);
    const top = flow.y;
    const photo = drawPicture(flow, images, persona.image, { dx: 0, width: AVATAR_SIZE, height: AVATAR_SIZE }, palette) ? AVATAR_SIZE + 8 : 0;
    if (photo) flow.gap((AVATAR_SIZE - lineHeight(BODY)) / 2);
    if (look) flow.shapes.push(marker(look.shape, flow.x + photo + 6, flow.y + lineHeight(BODY) / 2, 5, look.color, palette.background));
    flow.paragraph(persona.name, { size: BODY, color: palette.text, indent: photo + 18 });
    if (photo) flow.y = Math.max(flow.y, top + AVATAR_SIZE + 4);
  }
  flow.gap(16);
}

/** A row of cells: the lane-title cell and one per stage; returns the row's height. */
function row(shapes: Shape[], columns: number[], top: number, minHeight: number,
  fill: (flow: TextFlow, column: number) => void, background: (column: number) => string | undefined, palette: Palette): number {
  const flows = columns.slice(0, -1).map((x, c) => {
    const flow = new TextFlow(x + GRID.cellPad, top + GRID.cellPad, columns[c + 1] - x - 2 * GRID.cellPad);
    fill(flow, c);
    return flow;
  });
  const height = Math.max(minHeight, ...flows.map((f) => Math.ceil(f.height) + 2 * GRID.cellPad));
  columns.slice(0, -1).forEach((x, c) => {
    shapes.push({ kind: 'rect', x, y: top, width: columns[c + 1] - x, height, fill: background(c), stroke: palette.border, strokeWidth: 1 });
  });
  for (const flow of flows) shapes.push(...flow.shapes);
  return height;
}

/** Lays out a map as a scene. */
export function mapScene(map: CjmMap, options: SceneOptions = {}): Scene {
  const palette = options.palette ?? PRINT_PALETTE;
  const translator = options.translator ?? activeTranslator();
  const ctx: CellContext = { map, palette, looks: looksOf(map, palette, translator), translator };
  const { pad, laneWidth, stageWidth } = GRID;
  const columns = [pad, pad + laneWidth, ...map.stages.map((_, i) => pad + laneWidth + (i + 1) * stageWidth)];
  const width = columns[columns.length - 1] + pad;
  const head = new TextFlow(pad, pad, Math.min(HEADER_MAX_WIDTH, Math.max(laneWidth + stageWidth, width - 2 * pad)));
  header(head, ctx, options.images);
  const shapes: Shape[] = [...head.shapes];
  const headerTop = head.y;
  const stageRow = row(shapes, columns, headerTop, 0, (flow, c) => {
    const stage = map.stages[c - 1];
    if (!stage) return;
    flow.paragraph(stage.name, { size: 15, weight: 'bold', color: palette.text });
    if (stage.description) flow.paragraph(stage.description, { size: SMALL, color: palette.muted });
    flow.gap(6);
    if (drawPicture(flow, options.images, stage.image, { dx: 0, width: flow.width, height: FRAME_HEIGHT }, palette)) flow.gap(FRAME_HEIGHT);
    else flow.gap(-6);
  }, () => palette.headerBackground, palette);
  const rows = [headerTop + stageRow];
  for (const lane of lanesFor(map, translator)) {
    const top = rows[rows.length - 1];
    const curve = lane.key === 'emotions';
    const height = row(shapes, columns, top, curve ? CURVE_HEIGHT : 0, (flow, c) => {
      if (c === 0) flow.paragraph(lane.title, { size: BODY, weight: 'bold', color: palette.text });
      else fillCell(flow, ctx, c - 1, lane.key);
    }, (c) => (c === 0 ? palette.laneBackground : undefined), palette);
    if (curve) {
      const plot = { x: columns[1], y: top, width: columns[columns.length - 1] - columns[1], height };
      shapes.push(...emotionScale(ctx, plot, columns[1] - GRID.cellPad), ...emotionCurve(ctx, map, plot, stageWidth));
    }
    rows.push(top + height);
  }
  let bottom = rows[rows.length - 1];
  if (options.footer) {
    const foot = new TextFlow(pad, bottom + 10, width - 2 * pad);
    foot.paragraph(options.footer, { size: SMALL, color: palette.muted });
    shapes.push(...foot.shapes);
    bottom = foot.y;
  }
  return { width, height: Math.ceil(bottom + pad), background: palette.background, title: map.title, shapes,
    grid: { columns, headerTop, rows } };
}
