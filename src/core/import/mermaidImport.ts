/**
 * Mermaid `journey` → a new map's YAML text: sections become stages, tasks touchpoints (emotion = score − 3,
 * clamped to −2..+2), actors personas. Adjacent tasks of one name with different actors merge into one
 * touchpoint with a per-persona emotion (that is how the exporter writes one). Look-alike characters the
 * exporter put in names are mapped back.
 */
import { Document } from 'yaml';
import { MERMAID_ACTOR_COMMA, MERMAID_REPLACEMENTS } from '../export/mermaid';
import { EMOTION_MAX, EMOTION_MIN } from '../schema';

/** A task as read from the diagram. */
export interface MermaidTask { name: string; score: number; actors: string[]; line: number }
/** A section as read from the diagram. */
export interface MermaidSection { name: string; tasks: MermaidTask[] }
/** A parsed journey diagram. */
export interface MermaidJourney { title: string; sections: MermaidSection[] }

/** Thrown for text that is not a Mermaid journey; `line` is 1-based. */
export class MermaidImportError extends Error {
  constructor(message: string, readonly line: number) {
    super(`Line ${line}: ${message}`);
  }
}

function restore(text: string, actor = false): string {
  let out = text.trim().replace(/^\u200B/, '');
  const pairs = actor ? [...MERMAID_REPLACEMENTS, MERMAID_ACTOR_COMMA] : MERMAID_REPLACEMENTS;
  for (const [original, lookAlike] of pairs) out = out.split(lookAlike).join(original);
  return out;
}

/** Takes the first ```mermaid block holding a journey out of Markdown; other text is returned as is. */
export function extractJourney(text: string): string {
  const fence = /^(`{3,}|~{3,})\s*mermaid\s*\n([\s\S]*?)^\1\s*$/gm;
  for (const match of text.matchAll(fence)) {
    if (/^\s*journey\b/m.test(match[2])) return match[2];
  }
  return text;
}

function parseTask(body: string, line: number): MermaidTask {
  const colon = body.indexOf(':');
  if (colon < 0) throw new MermaidImportError(`a task needs "name: score", got "${body}"`, line);
  const [scoreText, actorText] = body.slice(colon + 1).split(':');
  const score = Number(scoreText.trim());
  if (!Number.isFinite(score)) throw new MermaidImportError(`the score of "${body.slice(0, colon).trim()}" is not a number`, line);
  const actors = (actorText ?? '').split(',').map((a) => restore(a, true)).filter((a) => a !== '');
  return { name: restore(body.slice(0, colon)), score, actors, line };
}

/** Reads a Mermaid journey diagram (or a Markdown file holding one); throws MermaidImportError. */
export function parseMermaidJourney(source: string): MermaidJourney {
  const lines = extractJourney(source).split(/\r?\n/);
  const journey: MermaidJourney = { title: '', sections: [] };
  let started = false;
  let inAccDescr = false;
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (inAccDescr) { inAccDescr = !text.includes('}'); return; }
    if (text === '' || text.startsWith('%%')) return;
    if (!started) {
      if (!/^journey\b/.test(text)) throw new MermaidImportError('a Mermaid journey starts with "journey"', i + 1);
      started = true;
      return;
    }
    if (/^accDescr\s*\{/.test(text)) { inAccDescr = !text.includes('}'); return; }
    if (/^acc(Title|Descr)\s*:/.test(text)) return;
    const title = /^title\s(.*)$/.exec(text);
    if (title) { journey.title = restore(title[1]); return; }
    const section = /^section\s(.*)$/.exec(text);
    if (section) { journey.sections.push({ name: restore(section[1]), tasks: [] }); return; }
    if (journey.sections.length === 0) journey.sections.push({ name: 'Journey', tasks: [] });
    journey.sections[journey.sections.length - 1].tasks.push(parseTask(text, i + 1));
  });
  if (!started) throw new MermaidImportError('no "journey" diagram found', 1);
  return journey;
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
  if (actors.length > 0 && actors.length < personaIds.size) out.personas = actors.map((a) => personaIds.get(a));
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

/** Mermaid journey text → the YAML text of a new map, with a comment saying where it came from. */
export function importMermaid(source: string): string {
  const doc = new Document(journeyToMap(parseMermaidJourney(source)));
  doc.commentBefore = ' Imported from a Mermaid journey diagram. Channels, pains and opportunities are yours to add.';
  return doc.toString({ lineWidth: 0 });
}
