/**
 * Mermaid `journey` diagram of a map: a section per stage, a task per touchpoint with score = emotion + 3
 * and the touchpoint's persona names as actors. Characters Mermaid cannot take in a name are replaced by
 * look-alikes (and a comment at the top says so), never dropped; the importer maps them back. Names that
 * Mermaid would read as a keyword (in any case) get an invisible zero-width space in front.
 */
import type { CjmMap, Emotion, Stage, Touchpoint } from '../schema';
import type { Translator } from '../l10n/translate';
import { exportTranslator } from './exportLanguage';
import { effectiveEmotion, personaName, touchpointPersonaIds } from './mapFacts';

/** Replacements for characters that end or break a Mermaid journey name, and their look-alikes. */
export const MERMAID_REPLACEMENTS: readonly (readonly [string, string])[] = [
  [':', '∶'], // U+2236 RATIO
  ['#', '＃'], // U+FF03 FULLWIDTH NUMBER SIGN
  [';', '；'], // U+FF1B FULLWIDTH SEMICOLON
  ['\n', '⏎'], // U+23CE RETURN SYMBOL
];

/** In actor lists a comma separates names, so a comma inside a persona name is replaced too. */
export const MERMAID_ACTOR_COMMA: readonly [string, string] = [',', '‚']; // U+201A SINGLE LOW-9 QUOTATION MARK

/** Where a text goes in the diagram: a title may hold `:`, an actor may not hold `,`. */
export type MermaidTextRole = 'title' | 'name' | 'actor';

/**
 * Starts that Mermaid's lexer (case-insensitive) would read as something else than a task or section name:
 * a keyword (`Title search` would become the title, `Section 8 forms` a section) or a `%` comment.
 */
const KEYWORD_START = /^(title\s|section\s|journey\b|acctitle\b|accdescr\b|%)/i;

/** Makes text safe as a Mermaid title, section or task name, or actor name; reports whether it changed. */
export function mermaidSafe(text: string, role: MermaidTextRole = 'name'): { text: string; replaced: boolean } {
  let out = text.replace(/\r\n?/g, '\n').trim();
  const pairs = role === 'actor' ? [...MERMAID_REPLACEMENTS, MERMAID_ACTOR_COMMA]
    : role === 'title' ? MERMAID_REPLACEMENTS.filter(([from]) => from !== ':') : MERMAID_REPLACEMENTS;
  for (const [from, to] of pairs) out = out.split(from).join(to);
  // An invisible zero-width space in front keeps the lexer from reading the start as a keyword.
  if (role !== 'title' && KEYWORD_START.test(out)) out = `\u200B${out}`;
  if (out === '') out = '…';
  return { text: out, replaced: out !== text.trim() };
}

/** Score of one emotion value on Mermaid's 1..5 scale. */
export function mermaidScore(emotion: number): number {
  return emotion + 3;
}

/** Task lines of one touchpoint: one line, or one per group of personas that share a score. */
function taskLines(map: CjmMap, stage: Stage, tp: Touchpoint, safe: (t: string, role?: MermaidTextRole) => string): string[] {
  const name = safe(tp.name);
  const ids = touchpointPersonaIds(map, tp);
  const emotion: Emotion = effectiveEmotion(stage, tp) ?? 0;
  const actors = (list: string[]) => (list.length ? `: ${list.map((id) => safe(personaName(map, id), 'actor')).join(', ')}` : '');
  if (typeof emotion === 'number') return [`    ${name}: ${mermaidScore(emotion)}${actors(ids)}`];
  const groups = new Map<number, string[]>();
  const scored = ids.filter((id) => emotion[id] !== undefined);
  for (const id of scored) groups.set(emotion[id], [...(groups.get(emotion[id]) ?? []), id]);
  const unscored = ids.filter((id) => emotion[id] === undefined);
  if (unscored.length || groups.size === 0) groups.set(0, [...(groups.get(0) ?? []), ...unscored]);
  return [...groups].map(([score, group]) => `    ${name}: ${mermaidScore(score)}${actors(group)}`);
}

/**
 * The whole Mermaid text (starting with `journey`), ending with a newline. Mermaid draws no fixed words of ours;
 * only the comment on replaced characters is in the translator's language (default: the map's).
 */
export function exportMermaid(map: CjmMap, translator: Translator = exportTranslator(map)): string {
  let replaced = false;
  const safe = (text: string, role: MermaidTextRole = 'name') => {
    const result = mermaidSafe(text, role);
    replaced ||= result.replaced;
    return result.text;
  };
  const body = [`  title ${safe(map.title, 'title')}`];
  for (const stage of map.stages) {
    body.push(`  section ${safe(stage.name)}`);
    for (const tp of stage.touchpoints ?? []) body.push(...taskLines(map, stage, tp, safe));
  }
  const note = replaced
    ? [`%% ${translator.t('Characters Mermaid cannot show in names were replaced: ":" by "∶", "#" by "＃", ";" by "；", a line break by "⏎", a comma in a persona name by "‚".')}`]
    : [];
  return `${[...note, 'journey', ...body].join('\n')}\n`;
}
