/**
 * The property test of the edits: sequences of the ops the map editor sends (renames, emotions, "+ Stage",
 * "+ Touchpoint", drags and Alt+arrow moves, deletes), on maps with comments, Cyrillic, flow style, block scalars
 * of every chomping, anchors and CRLF. Every accepted op must leave the bytes outside the lines of the node it
 * changes identical, keep every comment (a removed item takes its own), write no raw control character, and give
 * text that the `yaml` package parses to exactly the data an independent oracle (editOracle.ts) expects. A refusal
 * is allowed only for an op that reaches an anchor or an alias, or moves an item with comments into a flow list.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, parseDocument } from 'yaml';
import { computeEdit } from '../../../src/core/edits';
import { checkWebviewMessage } from '../../../src/shared/protocol';
import type { EditOp } from '../../../src/shared/protocol';
import { allowedRegions, commentsOf, expectedData, movesCommentsIntoFlow, outsideDifference, touchesShared } from './editOracle';
import { PROPERTY_MAPS } from './propertyMaps';

type Data = Record<string, unknown>;
type Stage = Data & { touchpoints?: Data[] };

/** Random choices for one op; the op itself is picked from what the map shows at that moment. */
interface Seed { kind: number; pick: number; to: number; text: string }

const TEXT_LISTS = ['actions', 'thoughts', 'pains', 'opportunities'];
const TOUCHPOINT_LISTS = ['pains', 'opportunities'];
const BACKSTAGE = ['owners', 'systems', 'processes'];

const isObject = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);
const stagesOf = (data: Data): Stage[] => (Array.isArray(data.stages) ? data.stages.filter(isObject) : []) as Stage[];
const touchpointsOf = (stage: Stage): Data[] => (Array.isArray(stage.touchpoints) ? stage.touchpoints.filter(isObject) : []);

/** Paths of the string entries of a list, under `base`. */
function entries(value: unknown, base: (string | number)[]): (string | number)[][] {
  return Array.isArray(value) ? value.flatMap((v, k) => (typeof v === 'string' ? [[...base, k]] : [])) : [];
}

/** Every text the map shows and lets the user rename or delete (names, goal, lane entries). */
function textPaths(data: Data): (string | number)[][] {
  return stagesOf(data).flatMap((stage, i) => {
    const at = ['stages', i];
    const lanes = isObject(stage.lanes) ? Object.entries(stage.lanes).flatMap(([id, list]) => entries(list, [...at, 'lanes', id])) : [];
    const backstage = isObject(stage.backstage) ? BACKSTAGE.flatMap((key) => entries((stage.backstage as Data)[key], [...at, 'backstage', key])) : [];
    const touchpoints = touchpointsOf(stage).flatMap((tp, j) => [
      ...(typeof tp.name === 'string' ? [[...at, 'touchpoints', j, 'name']] : []),
      ...TOUCHPOINT_LISTS.flatMap((key) => entries(tp[key], [...at, 'touchpoints', j, key])),
    ]);
    return [...(typeof stage.name === 'string' ? [[...at, 'name']] : []), ...(typeof stage.goal === 'string' ? [[...at, 'goal']] : []),
      ...TEXT_LISTS.flatMap((key) => entries(stage[key], [...at, key])), ...backstage, ...lanes, ...touchpoints];
  });
}

/** Every emotion point of the curve: a score, or one persona's score in a per-persona map. */
function emotionPaths(data: Data): (string | number)[][] {
  const of = (emotion: unknown, at: (string | number)[]) => (typeof emotion === 'number' ? [[...at, 'emotion']]
    : isObject(emotion) ? Object.keys(emotion).filter((k) => typeof emotion[k] === 'number').map((k) => [...at, 'emotion', k]) : []);
  return stagesOf(data).flatMap((stage, i) => [...of(stage.emotion, ['stages', i]),
    ...touchpointsOf(stage).flatMap((tp, j) => of(tp.emotion, ['stages', i, 'touchpoints', j]))]);
}

/** A touchpoint move as a drag (any stage, any place) or an Alt+arrow key does it; the index counts after the card left. */
function moveOp(stages: Stage[], seed: Seed): EditOp | null {
  const cards = stages.flatMap((stage, i) => touchpointsOf(stage).map((_, j) => [i, j] as const));
  if (cards.length === 0) return null;
  const [i, j] = cards[seed.pick % cards.length];
  const stage = seed.to % stages.length;
  const room = touchpointsOf(stages[stage]).length + (stage === i ? 0 : 1);
  let index = Math.floor(seed.to / stages.length) % room;
  if (stage === i && index === j) index = (index + 1) % room;
  if (stage === i && index === j) return null; // the only card of its stage, dropped where it is
  return { kind: 'move', from: ['stages', i, 'touchpoints', j], to: ['stages', stage, 'touchpoints'], index };
}

/** The op the seed picks among those the map editor offers on `data`; null when the map offers none of that kind. */
function opFor(data: Data, seed: Seed): EditOp | null {
  const stages = stagesOf(data);
  const pickFrom = <T>(list: T[]): T | null => (list.length > 0 ? list[seed.pick % list.length] : null);
  const texts = textPaths(data);
  const kind = seed.kind % 20;
  if (kind < 6) {
    const path = pickFrom(texts);
    return path && { kind: 'set', path, value: seed.text };
  }
  if (kind < 8) {
    const path = pickFrom(emotionPaths(data));
    return path && { kind: 'set', path, value: (seed.to % 5) - 2 };
  }
  if (kind === 8) return { kind: 'insert', path: ['stages'], index: stages.length, value: { id: `stage-${seed.pick}`, name: 'New stage' } };
  if (kind < 11) {
    const i = seed.pick % Math.max(stages.length, 1);
    return stages[i] ? { kind: 'insert', path: ['stages', i, 'touchpoints'], index: touchpointsOf(stages[i]).length,
      value: { id: `touchpoint-${seed.to}`, name: 'New touchpoint' } } : null;
  }
  if (kind < 16) return moveOp(stages, seed);
  const removable = [...stages.map((_, i) => ['stages', i]),
    ...stages.flatMap((stage, i) => touchpointsOf(stage).map((_, j) => ['stages', i, 'touchpoints', j])),
    ...texts.filter((path) => path[path.length - 1] !== 'name')];
  const path = pickFrom(removable);
  return path && { kind: 'remove', path };
}

/** Texts a person types, and the ones that break naive writers: YAML syntax, quotes, controls, line breaks. */
const TRICKY = ['Да: нет', '# not a comment', '- dash', 'true', '123', "It's", '"quoted"', 'line one\nline two', ' leading',
  '[x, y]', '{a: b}', '&anchor', '*alias', '!tag', '|', '>', '%', '@at', 'a\u000bb', 'nul\u0000', 'del\u007f', 'bom\ufeff',
  'ls\u2028', 'nope\uffff', 'tab\there', 'эмодзи 🛒', 'crlf\r\nline', 'ends with a break\n', 'x'.repeat(300)];
const textArb = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }))
  .map((text) => (text.trim() === '' ? `${text}x` : text));
const seedArb = fc.record({ kind: fc.nat(), pick: fc.nat(), to: fc.nat(), text: textArb });

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

const tally = { accepted: 0, refused: 0, moves: 0, movesAccepted: 0 };

/** Applies one op and checks it, or checks that its refusal is for an anchor or an alias; the new text. */
function step(text: string, op: EditOp): string {
  assert.ok('message' in checkWebviewMessage({ type: 'edit', id: 1, baseVersion: 1, op }), `the guard refuses an op the map editor sends: ${JSON.stringify(op)}`);
  const doc = parseDocument(text, { keepSourceTokens: true });
  const result = computeEdit(text, doc, op);
  if (op.kind === 'move') tally.moves++;
  if ('error' in result) {
    tally.refused++;
    assert.ok(touchesShared(doc, op) || movesCommentsIntoFlow(text, doc, op), `refused ${JSON.stringify(op)}: ${result.error}\n${text}`);
    return text;
  }
  tally.accepted++;
  if (op.kind === 'move') tally.movesAccepted++;
  const after = text.slice(0, result.offset) + result.newText + text.slice(result.offset + result.length);
  const context = `${JSON.stringify(op)}\n--- before\n${text}\n--- after\n${after}`;
  const reread = parseDocument(after);
  assert.deepEqual(reread.errors.map((e) => e.message), [], context);
  assert.deepEqual(reread.toJS(), expectedData(parse(text), op), context);
  assert.equal(outsideDifference(text, after, allowedRegions(text, doc, op)), null, context);
  assert.ok(!RAW_CONTROL.test(after), `a raw control character: ${context}`);
  if (text.includes('\r\n')) assert.ok(!/(^|[^\r])\n/.test(after), `a bare LF in a CRLF file: ${context}`);
  checkComments(text, after, op, doc, context);
  return after;
}

/** Every comment stays, once; only a removed item's own comments (inside the lines it may take) go. */
function checkComments(text: string, after: string, op: EditOp, doc: ReturnType<typeof parseDocument>, context: string): void {
  const left = commentsOf(after).map((c) => c.comment);
  const lost = [];
  for (const { comment, line } of commentsOf(text)) {
    const at = left.indexOf(comment);
    if (at >= 0) left.splice(at, 1);
    else lost.push({ comment, line });
  }
  assert.deepEqual(left, [], `comments copied: ${context}`);
  if (op.kind !== 'remove') return assert.deepEqual(lost, [], `comments lost: ${context}`);
  const regions = allowedRegions(text, doc, op);
  for (const { comment, line } of lost) assert.ok(regions.some(([a, b]) => line >= a && line < b), `comment ${comment} lost: ${context}`);
}

describe('computeEdit: the ops the map editor sends, on hostile maps', () => {
  it('changes only the lines of the node, keeps comments and gives exactly the intended data', function () {
    this.timeout(120_000);
    fc.assert(fc.property(fc.nat(PROPERTY_MAPS.length - 1), fc.array(seedArb, { minLength: 1, maxLength: 8 }), (m, seeds) => {
      let text = PROPERTY_MAPS[m].text;
      for (const seed of seeds) {
        const op = opFor(parse(text) as Data, seed);
        if (op) text = step(text, op);
      }
    }), { numRuns: 300, seed: Number(process.env.EDIT_SEED ?? 13) });
  });

  it('accepts at least 80% of them, moves included', () => {
    const total = tally.accepted + tally.refused;
    const rate = tally.accepted / total;
    console.log(`      edit property test: ${tally.accepted} of ${total} ops accepted (${(100 * rate).toFixed(1)}%), `
      + `${tally.movesAccepted} of ${tally.moves} moves; every refusal reached an anchor or alias, or carried comments into a flow list`);
    assert.ok(total > 1000, `only ${total} ops ran`);
    assert.ok(rate >= 0.8, `acceptance ${rate}`);
    // Moves are refused more often than the rest (into flow stages with comments, around anchors), but most go through.
    assert.ok(tally.movesAccepted >= 0.7 * tally.moves, `moves accepted: ${tally.movesAccepted} of ${tally.moves}`);
  });
});
