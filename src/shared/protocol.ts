/**
 * Messages between the extension host and the map editor webview, with a zod guard for what the webview sends.
 * Imported by both sides: no `vscode`, no DOM.
 */
import * as z from 'zod';
import type { CjmMap } from '../core/schema';
import type { EditOp, JourneyView, Path, Problem } from '../core/types';

/** The map editor's ops and paths are core types (src/core never imports src/shared); re-exported for both sides. */
export type { EditOp, Path };

/**
 * Why an edit was not applied: the text changed meanwhile (`stale`), the text does not parse (`unparsable`), the
 * message is not an edit the map editor sends (`malformed`), the edit would change what it was not asked to or
 * break the map (`refused`, its detail says how), or VS Code did not apply it (`failed`).
 */
export type EditRefusal = 'stale' | 'unparsable' | 'malformed' | 'refused' | 'failed';

/** The version a map editor compares the map with: how to name it (e.g. `HEAD:maps/shop.cjm.yaml`) and its map. */
export interface CompareBase {
  label: string;
  map: CjmMap;
}

/** A `journey:` link's target as the map editor names it: the map's title and, for `<map-id>/<stage-id>`, the stage's name. */
export interface JourneyTargetName {
  title: string;
  stageName?: string;
}

/** A stage or touchpoint of another map whose `journey:` link opens into this map. */
export interface IncomingJourney {
  /** The link that opens the linking map (`<map-id>`, or `<map-id>/<stage-id>` when a stage links). */
  link: string;
  /** The linking map's title and the name of its stage or touchpoint that links. */
  mapTitle: string;
  fromName: string;
}

/** The `journey:` links of a map: each link of it → its target (absent: no map has that id), and the links into it. */
export interface MapJourneys {
  targets: Record<string, JourneyTargetName>;
  incoming: IncomingJourney[];
}

/** The longest `journey:` link the map editor asks the host to open. */
export const MAX_JOURNEY_LINK_LENGTH = 400;

/** Host → webview. */
export type HostMessage =
  // dataSeq grows when the map's data files change: a snapshot of the same text version with newer data replaces the last.
  | { type: 'snapshot'; version: number; dataSeq: number; view: JourneyView | null; problems: Problem[] }
  | { type: 'highlight'; path: Path }
  | { type: 'codeReferences'; counts: Record<string, number> } // touchpoint id → comments in code naming it
  | { type: 'insights'; version: number; findings: Problem[] }  // insight findings of that document version
  | { type: 'editResult'; id: number; ok: boolean; reason?: EditRefusal; detail?: string }
  | { type: 'compare'; base: CompareBase | null }         // show the map's changes since `base`; null: the plain map
  | ({ type: 'journeys' } & MapJourneys);                 // where this map's `journey:` links lead, and what links into it

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'edit'; id: number; baseVersion: number; op: EditOp }
  | { type: 'reveal'; path: Path }
  | { type: 'export' }                                     // run "Journey Map: Export..." on this map
  | { type: 'compareWith' }                                // run "Journey Map: Compare with..." on this map
  | { type: 'endCompare' }                                 // back from the diff to the plain map
  | { type: 'openJourney'; link: string }                  // open the map (at the stage) a `journey:` link names
  | { type: 'openSharedPersona'; id: string };            // open the *.personas.yaml file at the shared persona `id`

/** The longest text the map editor writes into one value (a name, a goal, a lane entry). */
export const MAX_EDIT_TEXT_LENGTH = 10_000;
/** The longest id or key the map editor writes (a stage or touchpoint id, a persona or lane id in a path). */
export const MAX_EDIT_KEY_LENGTH = 200;

const pathSchema = z.array(z.union([z.string().max(1_000), z.number().int().nonnegative()])).max(64);
const index = z.number().int().nonnegative().max(1_000_000);
const key = z.string().min(1).max(MAX_EDIT_KEY_LENGTH);
const text = z.string().max(MAX_EDIT_TEXT_LENGTH);
const emotion = z.number().min(-2).max(2);

const TEXT_LISTS = ['actions', 'thoughts', 'pains', 'opportunities'] as const;
const stage = [z.literal('stages'), index] as const;
const touchpoint = [...stage, z.literal('touchpoints'), index] as const;

/** Paths of the texts the map editor renames and deletes: names, the goal, and entries of the text lanes. */
const textPath = z.union([
  z.tuple([...stage, z.enum(['name', 'goal'])]),
  z.tuple([...stage, z.enum(TEXT_LISTS), index]),
  z.tuple([...touchpoint, z.literal('name')]),
  z.tuple([...touchpoint, z.enum(TEXT_LISTS), index]),
  z.tuple([...stage, z.literal('backstage'), z.enum(['owners', 'systems', 'processes']), index]),
  z.tuple([...stage, z.literal('lanes'), key, index]),
]);
/** Paths of the emotions the curve sets: of a stage or a touchpoint, one score or one persona's. */
const emotionPath = z.union([
  z.tuple([...stage, z.literal('emotion')]),
  z.tuple([...stage, z.literal('emotion'), key]),
  z.tuple([...touchpoint, z.literal('emotion')]),
  z.tuple([...touchpoint, z.literal('emotion'), key]),
]);
/** A new stage or touchpoint as "+ Stage" and "+ Touchpoint" write it. */
const newItem = z.strictObject({ id: key, name: text });

/** The ops the map editor sends (webview/components), and nothing else: anything beyond them is refused unread. */
const editOpSchema = z.union([
  z.strictObject({ kind: z.literal('set'), path: textPath, value: text }),
  z.strictObject({ kind: z.literal('set'), path: emotionPath, value: emotion }),
  z.strictObject({ kind: z.literal('insert'), path: z.union([z.tuple([z.literal('stages')]), z.tuple([...stage, z.literal('touchpoints')])]), index, value: newItem }),
  z.strictObject({ kind: z.literal('move'), from: z.tuple([...touchpoint]), to: z.tuple([...stage, z.literal('touchpoints')]), index }),
  z.strictObject({ kind: z.literal('remove'), path: z.union([z.tuple([...stage]), z.tuple([...touchpoint]), textPath]) }),
]);

const messageId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const webviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('edit'), id: messageId, baseVersion: z.number().int(), op: editOpSchema }),
  z.strictObject({ type: z.literal('reveal'), path: pathSchema }),
  z.strictObject({ type: z.literal('export') }),
  z.strictObject({ type: z.literal('compareWith') }),
  z.strictObject({ type: z.literal('endCompare') }),
  z.strictObject({ type: z.literal('openJourney'), link: z.string().min(1).max(MAX_JOURNEY_LINK_LENGTH) }),
  z.strictObject({ type: z.literal('openSharedPersona'), id: key }),
]);

/** A webview message that passed the guard, or why it did not (with the id of an edit, so it can be answered). */
export type CheckedWebviewMessage = { message: WebviewMessage } | { error: string; editId?: number };

/** Checks an untrusted message from the webview against the messages the map editor sends. */
export function checkWebviewMessage(raw: unknown): CheckedWebviewMessage {
  const result = webviewMessageSchema.safeParse(raw);
  if (result.success) return { message: result.data as WebviewMessage };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  const why = issue?.message ?? 'malformed';
  return { error: `not a message the map editor sends${where}: ${why.length > 160 ? `${why.slice(0, 160)}…` : why}`, editId: editIdOf(raw) };
}

/** The id of what looks like an edit message, so a refused one still gets its answer. */
function editIdOf(raw: unknown): number | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const { type, id } = raw as { type?: unknown; id?: unknown };
  return type === 'edit' && messageId.safeParse(id).success ? (id as number) : undefined;
}

/** Checks an untrusted message from the webview; returns it typed, or null when it is malformed. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | null {
  const checked = checkWebviewMessage(raw);
  return 'message' in checked ? checked.message : null;
}

/** For exhaustive switches: a compile error when a case is missing, a throw if one slips through at run time. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
