/** The words of a journey a link opens into: title and file, its stages (the linked one marked) and average emotion. */
import type { MapSummary } from '../codeLinks/mapSummary';
import { emotionText } from '../core/emotionText';

/** Lines of plain text (the caller escapes them for Markdown): title (file), stages, average emotion. */
export function journeySummaryLines(map: MapSummary, stageId: string | undefined, fileLabel: string): string[] {
  const title = map.title ?? map.mapId ?? fileLabel;
  const stages = map.stages.map((s) => (s.id === stageId ? `[${s.name}]` : s.name));
  const lines = [`${title} (${fileLabel})`, `Stages: ${stages.length ? stages.join(' → ') : 'none'}`];
  const scores = map.touchpoints.map((t) => t.emotion).filter((e): e is number => e !== undefined);
  if (scores.length) {
    const average = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
    lines.push(`Average emotion: ${emotionText(average)}`);
  }
  return lines;
}
