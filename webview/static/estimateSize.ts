/**
 * The size of an exported map without a browser to measure it: the export CSS fixes the column widths, and
 * each lane's height is guessed from how much text its fullest cell holds. Errs on the tall side.
 */
import type { CjmMap, Stage } from '../../src/core/schema';
import type { SvgSize } from '../../src/core/export/staticDocument';
import { lanesFor, type LaneKey } from '../../src/shared/mapData';

const PAD = 24;
const LANE_W = 196;
const STAGE_W = 256;
const LINE = 19;
const CHARS_PER_LINE = 32;

/** Lines a text takes in a stage column. */
function lines(text: string | undefined): number {
  return text ? Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)) : 0;
}

function listLines(items: string[] | undefined): number {
  return (items ?? []).reduce((n, t) => n + lines(t) + 0.5, 0);
}

function touchpointLines(stage: Stage): number {
  return (stage.touchpoints ?? []).reduce((n, tp) =>
    n + 3.5 + lines(tp.name) + lines(tp.description) + listLines(tp.pains) + listLines(tp.opportunities) + (tp.metrics?.length ?? 0), 0);
}

function cellLines(map: CjmMap, stage: Stage, key: LaneKey): number {
  const tps = stage.touchpoints ?? [];
  switch (key) {
    case 'touchpoints': return touchpointLines(stage) + 2;
    case 'emotions': return 7;
    case 'goals': return lines(stage.goal);
    case 'actions': return listLines(stage.actions);
    case 'thoughts': return listLines(stage.thoughts);
    case 'pains': return listLines([...(stage.pains ?? []), ...tps.flatMap((t) => t.pains ?? [])]);
    case 'opportunities': return listLines([...(stage.opportunities ?? []), ...tps.flatMap((t) => t.opportunities ?? [])]);
    case 'metrics': return (stage.metrics ?? []).length * 2.5;
    case 'backstage': return listLines(stage.backstage?.owners) + listLines(stage.backstage?.systems) + listLines(stage.backstage?.processes) + 3;
    case 'personas': return (map.personas ?? []).length * 1.5;
    case 'channels': return (map.channels ?? []).length * 1.5;
    default: return listLines(stage.lanes?.[key.slice(5)]);
  }
}

/** Width and height (CSS pixels) that hold the map as the export CSS lays it out. */
export function estimateMapSize(map: CjmMap): SvgSize {
  const width = 2 * PAD + LANE_W + map.stages.length * STAGE_W + 8;
  const header = 110 + lines(map.description) * LINE;
  const personaPanel = (map.personas?.length ?? 0) > 0
    ? 40 + Math.max(...(map.personas ?? []).map((p) => 3 + lines(p.description) + listLines(p.goals) + listLines(p.frustrations) + lines(p.quote))) * LINE
    : 0;
  const stageHead = 70 + Math.max(0, ...map.stages.map((s) => lines(s.name) + lines(s.description))) * LINE;
  const rows = lanesFor(map).reduce((sum, lane) =>
    sum + 24 + Math.max(2, ...map.stages.map((s) => cellLines(map, s, lane.key))) * LINE, 0);
  return { width: Math.ceil(width), height: Math.ceil((header + personaPanel + stageHead + rows) * 1.05 + 2 * PAD) };
}
