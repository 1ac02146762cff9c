/**
 * Mermaid `journey` → a new map's YAML text, read as Mermaid 11 reads it (mermaidLexer.ts): sections become
 * stages, tasks touchpoints (emotion = score − 3; scores outside 1..5 clamped with a warning), actors personas
 * (a task without actors serves none). Adjacent tasks of one name with different actors merge into one
 * touchpoint with a per-persona emotion (that is how the exporter writes one). Look-alike characters the
 * exporter put in names are mapped back.
 */
import { t } from '../l10n/translate';
import { Document } from 'yaml';
import { MERMAID_ACTOR_COMMA, MERMAID_REPLACEMENTS } from '../export/mermaid';
import { EMOTION_MAX, EMOTION_MIN } from '../schema';
import { preprocess, tokenize, type JourneyToken } from './mermaidLexer';

/** A task as read from the diagram: its name, score (1..5 after clamping), distinct actors and line. */
export interface MermaidTask { name: string; score: number; actors: string[]; line: number }
/** A section as read from the diagram. */
export interface MermaidSection { name: string; tasks: MermaidTask[] }
/** A parsed journey diagram. */
export interface MermaidJourney { title: string; sections: MermaidSection[] }
/** A problem of the diagram at a 1-based line of the file. */
export interface MermaidProblem { line: number; message: string }
/** A diagram as read, with its errors (Mermaid rejects them, or the map could not hold them) and warnings. */
export interface MermaidReading { journey: MermaidJourney; errors: MermaidProblem[]; warnings: MermaidProblem[] }

function restore(text: string, actor = false): string {
  let out = text.trim().replace(/^\u200B/, '');
  const pairs = actor ? [...MERMAID_REPLACEMENTS, MERMAID_ACTOR_COMMA] : MERMAID_REPLACEMENTS;
  for (const [original, lookAlike] of pairs) out = out.split(lookAlike).join(original);
  return out;
}

/** The first ```mermaid block holding a journey in Markdown, and the file line it starts on; other text as is. */
export function extractJourney(text: string): { text: string; firstLine: number } {
  const fence = /^(`{3,}|~{3,})\s*mermaid\s*\n([\s\S]*?)^\1\s*$/gm;
  for (const match of text.matchAll(fence)) {
    if (/^\s*journey\b/m.test(match[2])) {
      const start = (match.index ?? 0) + match[0].indexOf('\n') + 1;
      return { text: match[2], firstLine: text.slice(0, start).split('\n').length };
    }
  }
  return { text, firstLine: 1 };
}

/** The task of a task name and its data (`: score: actors`), or a problem. */
function readTask(nameText: string, data: string, line: number, reading: MermaidReading): MermaidTask | undefined {
  const name = restore(nameText);
  const [scoreText, actorText, ...rest] = data.slice(1).split(':');
  const shown = name || nameText.trim();
  if (!name) return void reading.errors.push({ line, message: t('a task needs a name before ":"') });
  const score = Number(scoreText.trim());
  if (scoreText.trim() === '') return void reading.errors.push({ line, message: t('the score of "{0}" is empty; give a number from 1 to 5', shown) });
  if (!Number.isFinite(score)) return void reading.errors.push({ line, message: t('the score of "{0}" is not a number: "{1}"', shown, scoreText.trim()) });
  if (rest.length) reading.warnings.push({ line, message: t('"{0}": text after the actors (":{1}") is ignored, as Mermaid ignores it', shown, rest.join(':')) });
  const clamped = Math.min(5, Math.max(1, score));
  if (clamped !== score) reading.warnings.push({ line, message: t('"{0}": score {1} is outside 1..5; taken as {2}', shown, score, clamped) });
  const actors = [...new Set((actorText ?? '').split(',').map((a) => restore(a, true)).filter((a) => a !== ''))];
  return { name, score: clamped, actors, line };
}

/** Messages for tokens that cannot stand where they are (Mermaid's parser rejects them). */
function misplaced(token: JourneyToken): string {
  switch (token.kind) {
    case 'journey': return t('"journey" can only start the diagram');
    case 'taskData': return t('a task needs a name before "{0}"', token.text.trim());
    case 'colon': return t('a task needs a score after ":"');
    default: return t('Mermaid does not allow "{0}" here', token.text.trim());
  }
}

/** Follows the tokens after `journey`: title, sections and tasks; anything else is an error on its line. */
function readStatements(tokens: JourneyToken[], reading: MermaidReading): void {
  const { journey } = reading;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'newline' || token.kind === 'accTitle' || token.kind === 'accDescr') continue;
    if (token.kind === 'title') journey.title = restore(token.text.slice('title'.length));
    else if (token.kind === 'section') journey.sections.push({ name: restore(token.text.slice('section'.length)), tasks: [] });
    else if (token.kind === 'taskName' && tokens[i + 1]?.kind === 'taskData') {
      const task = readTask(token.text, tokens[++i].text, token.line, reading);
      if (!task) continue;
      if (journey.sections.length === 0) journey.sections.push({ name: 'Journey', tasks: [] });
      journey.sections[journey.sections.length - 1].tasks.push(task);
    } else if (token.kind === 'taskName') {
      const next = tokens[i + 1];
      reading.errors.push({ line: token.line, message: next?.kind === 'colon' ? t('the score of "{0}" is empty; give a number from 1 to 5', restore(token.text)) : t('"{0}" needs ": score" after it', restore(token.text)) });
      while (i + 1 < tokens.length && tokens[i + 1].kind !== 'newline') i++;
    } else {
      reading.errors.push({ line: token.line, message: misplaced(token) });
      while (i + 1 < tokens.length && tokens[i + 1].kind !== 'newline') i++;
    }
  }
}

/** Reads a Mermaid journey diagram (or a Markdown file holding one) as Mermaid 11 reads it, with every problem. */
export function readMermaidJourney(source: string): MermaidReading {
  const { text, firstLine } = extractJourney(source);
  const pre = preprocess(text);
  const reading: MermaidReading = { journey: { title: '', sections: [] }, errors: [], warnings: [] };
  if (pre.frontMatterError) reading.warnings.push({ line: firstLine, message: t('the front matter is not YAML ({0}); its title is not used', pre.frontMatterError) });
  const tokens = tokenize(pre.text, firstLine);
  const start = tokens.findIndex((token) => token.kind !== 'newline');
  if (start < 0 || tokens[start].text !== 'journey') {
    reading.errors.push({ line: tokens[start]?.line ?? firstLine, message: t('a Mermaid journey starts with "journey"') });
    return reading;
  }
  readStatements(tokens.slice(start + 1), reading);
  reading.journey.title ||= pre.frontMatterTitle ?? '';
  return reading;
}

/** Makes a readable id from a name (any script), unique among `taken`. */
export function slugId(name: string, fallback: string, taken: Set<string>): string {
  const base = name.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const emotionOf = (score: number) => Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(score) - 3));

/** Groups adjacent tasks of one name whose actor lists do not overlap: together they are one touchpoint. */
function groupTasks(tasks: MermaidTask[]): MermaidTask[][] {
  const groups: MermaidTask[][] = [];
  for (const task of tasks) {
    const last = groups[groups.length - 1];
    const seen = new Set(last?.flatMap((t) => t.actors));
    if (last && last[0].name === task.name && task.actors.length > 0 && task.actors.every((a) => !seen.has(a)) && last.every((t) => t.actors.length > 0)) {
      last.push(task);
    } else {
      groups.push([task]);
    }
  }
  return groups;
}

type Plain = Record<string, unknown>;

function touchpoint(group: MermaidTask[], personaIds: Map<string, string>, ids: Set<string>): Plain {
  const actors = group.flatMap((t) => t.actors);
  const out: Plain = { id: slugId(group[0].name, 'touchpoint', ids), name: group[0].name };
  // No actors: nobody, not everybody (a map without personas has no list to give).
  if (actors.length < personaIds.size) out.personas = actors.map((a) => personaIds.get(a));
  const scores = new Set(group.map((t) => emotionOf(t.score)));
  out.emotion = scores.size === 1
    ? emotionOf(group[0].score)
    : Object.fromEntries(group.flatMap((t) => t.actors.map((a) => [personaIds.get(a), emotionOf(t.score)])));
  return out;
}

/** The map (plain data, format v1) for a parsed journey. */
export function journeyToMap(journey: MermaidJourney): Plain {
  const personaIds = new Map<string, string>();
  const taken = new Set<string>();
  for (const actor of journey.sections.flatMap((s) => s.tasks.flatMap((t) => t.actors))) {
    if (!personaIds.has(actor)) personaIds.set(actor, slugId(actor, 'persona', taken));
  }
  const stageIds = new Set<string>();
  const touchpointIds = new Set<string>();
  const map: Plain = { cjm: 1, title: journey.title || 'Imported journey', type: personaIds.size > 1 ? 'persona' : 'emotions' };
  if (personaIds.size) map.personas = [...personaIds].map(([name, id]) => ({ id, name }));
  map.stages = journey.sections.map((s) => {
    const stage: Plain = { id: slugId(s.name, 'stage', stageIds), name: s.name };
    if (s.tasks.length) stage.touchpoints = groupTasks(s.tasks).map((g) => touchpoint(g, personaIds, touchpointIds));
    return stage;
  });
  return map;
}

/** The YAML text of a new map for a journey, with a comment saying where it came from. */
export function journeyYaml(journey: MermaidJourney): string {
  const doc = new Document(journeyToMap(journey));
  doc.commentBefore = ' Imported from a Mermaid journey diagram. Channels, pains and opportunities are yours to add.';
  return doc.toString({ lineWidth: 0 });
}

