/**
 * How a scene is cut into pages: one page the size of the map, or A4/A3 landscape pages that each hold the
 * lane titles, the stage headers and as many stage columns and lane rows as fit. Pure arithmetic on the
 * scene's grid; pdf.ts draws the plan.
 */
import type { Box, Scene } from '../scene/scene';

/** Page choices of the PDF export. */
export const PAGE_SIZES = ['fit', 'a4', 'a3'] as const;
/** A page choice. */
export type PageSize = (typeof PAGE_SIZES)[number];

/** Landscape sizes in PDF points (1/72 inch). */
const PAPER: Record<Exclude<PageSize, 'fit'>, [number, number]> = { a4: [841.89, 595.28], a3: [1190.55, 841.89] };
/** Page margin of paper sizes, in points (10 mm). */
const MARGIN = 28.35;
/** Points per CSS pixel at 100%. */
const PT_PER_PX = 0.75;
/** The largest page side PDF readers accept (Acrobat's limit, 200 inches). */
const MAX_PAGE_PT = 14400;

/** A part of the scene and where it lands on the page (page units are scene px times the plan's scale). */
export interface PageRegion { source: Box; x: number; y: number }

/** One page: its size in points and the regions drawn on it. */
export interface PlannedPage { width: number; height: number; regions: PageRegion[] }

/** The pages and the scale (points per scene px) they are drawn at. */
export interface PagePlan { scale: number; pages: PlannedPage[] }

/** Splits `items` (sizes) into runs whose sum stays within `limit` (a run holds at least one item; no items, one empty run). */
function runs(sizes: number[], limit: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let sum = 0;
  sizes.forEach((size, i) => {
    if (i > start && sum + size > limit) {
      out.push([start, i]);
      start = i;
      sum = 0;
    }
    sum += size;
  });
  out.push([start, sizes.length]);
  return out;
}

function paperPlan(scene: Scene, paper: [number, number]): PagePlan {
  const { columns, headerTop, rows } = scene.grid;
  const laneColumn = columns[1] - columns[0];
  const stageHeader = rows[0] - headerTop;
  const stageWidths = columns.slice(2).map((x, i) => x - columns[i + 1]);
  const rowHeights = rows.slice(1).map((y, i) => y - rows[i]);
  const [pw, ph] = paper;
  const scale = Math.min(PT_PER_PX, (pw - 2 * MARGIN) / (laneColumn + Math.max(0, ...stageWidths)),
    (ph - 2 * MARGIN) / (stageHeader + Math.max(0, ...rowHeights)), (ph - 2 * MARGIN) / headerTop);
  const width = (pw - 2 * MARGIN) / scale;
  const height = (ph - 2 * MARGIN) / scale;
  const pages: PlannedPage[] = [];
  for (const [c0, c1] of runs(stageWidths, width - laneColumn)) {
    const x0 = columns[c0 + 1];
    const x1 = columns[c1 + 1];
    const intro = c0 === 0 ? headerTop : 0;
    const groups = runs(rowHeights, height - stageHeader - intro);
    groups.forEach(([r0, r1], g) => {
      const top = g === 0 ? intro : 0;
      const y0 = rows[r0];
      const h = rows[r1] - y0;
      const regions: PageRegion[] = [];
      if (top) regions.push({ source: { x: 0, y: 0, width: Math.min(scene.width, columns[0] + width), height: headerTop }, x: 0, y: 0 });
      regions.push(
        { source: { x: columns[0], y: headerTop, width: laneColumn, height: stageHeader }, x: columns[0], y: top },
        { source: { x: x0, y: headerTop, width: x1 - x0, height: stageHeader }, x: columns[1], y: top },
        { source: { x: columns[0], y: y0, width: laneColumn, height: h }, x: columns[0], y: top + stageHeader },
        { source: { x: x0, y: y0, width: x1 - x0, height: h }, x: columns[1], y: top + stageHeader },
      );
      pages.push({ width: pw, height: ph, regions: regions.map((r) => ({ ...r, x: r.x - columns[0] + MARGIN / scale, y: r.y + MARGIN / scale })) });
    });
  }
  return { scale, pages };
}

/** The pages of a scene for a page choice. */
export function planPages(scene: Scene, size: PageSize): PagePlan {
  if (size === 'fit') {
    const source = { x: 0, y: 0, width: scene.width, height: scene.height };
    const scale = Math.min(PT_PER_PX, MAX_PAGE_PT / scene.width, MAX_PAGE_PT / scene.height);
    return { scale, pages: [{ width: scene.width * scale, height: scene.height * scale, regions: [{ source, x: 0, y: 0 }] }] };
  }
  return paperPlan(scene, PAPER[size]);
}
