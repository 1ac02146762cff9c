/** The words of a journey a link opens into: title and file, its stages (the linked one marked) and average emotion. */
import { averageEmotion, type MapSummary } from '../codeLinks/mapSummary';
import { emotionText } from '../core/emotionText';
import { t } from '../core/l10n/translate';

/** Lines of plain text (the caller escapes them for Markdown): title (file), stages, average emotion. */
export function journeySummaryLines(map: MapSummary, stageId: string | undefined, fileLabel: string): string[] {
  const title = map.title ?? map.mapId ?? fileLabel;
  const stages = map.stages.map((s) => (s.id === stageId ? `[${s.name}]` : s.name));
  const lines = [`${title} (${fileLabel})`, t('Stages: {0}', stages.length ? stages.join(' → ') : t('none'))];
  const average = averageEmotion(map.touchpoints);
  // signedScore rounds to one decimal; a whole average also gets its face.
  if (average !== undefined) lines.push(t('Average emotion: {0}', emotionText(Math.round(average * 10) / 10)));
  return lines;
}
