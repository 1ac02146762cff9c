/**
 * CSV of a map's touchpoints, one row each (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled), with a UTF-8 byte order mark so spreadsheets read any script.
 * Column titles are in the export's language; emotions stay plain integers, so spreadsheets read them as numbers.
 */
import type { Translator } from '../l10n/translate';
import type { CjmMap, Emotion } from '../schema';
import { builtInLaneTitle } from '../view/mapData';
import { exportTranslator } from './exportLanguage';
import { allTouchpoints, channelName, personaName, touchpointPersonaIds } from './mapFacts';

/** The column titles in the translator's language, in order. */
export function csvColumns(tr: Translator): string[] {
  return [tr.t('Stage'), tr.t('Touchpoint'), tr.t('Channel'), builtInLaneTitle('personas', tr), tr.t('Emotion'),
    builtInLaneTitle('pains', tr), builtInLaneTitle('opportunities', tr), tr.t('Owner')];
}

/** The byte order mark that starts the CSV text. */
export const BOM = '\uFEFF';

/** Emotion as a plain number, or `Persona: n` per line when it is per persona; empty when not set. */
function plainEmotion(map: CjmMap, emotion: Emotion | undefined): string {
  if (emotion === undefined) return '';
  if (typeof emotion === 'number') return String(emotion);
  return Object.entries(emotion).map(([id, score]) => `${personaName(map, id)}: ${score}`).join('\n');
}

/** The cells of every touchpoint row (lists joined with line breaks), without the header. */
export function touchpointRows(map: CjmMap): string[][] {
  return allTouchpoints(map).map(({ stage, touchpoint: tp }) => [
    stage.name,
    tp.name,
    channelName(map, tp.channel),
    touchpointPersonaIds(map, tp).map((id) => personaName(map, id)).join('\n'),
    plainEmotion(map, tp.emotion),
    (tp.pains ?? []).join('\n'),
    (tp.opportunities ?? []).join('\n'),
    tp.owner ?? '',
  ]);
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The whole CSV text: BOM, header (in the translator's language, default the map's), one row per touchpoint, each line ended by CRLF. */
export function exportCsv(map: CjmMap, translator: Translator = exportTranslator(map)): string {
  const lines = [csvColumns(translator), ...touchpointRows(map)].map((row) => row.map(csvField).join(','));
  return BOM + lines.map((line) => `${line}\r\n`).join('');
}
