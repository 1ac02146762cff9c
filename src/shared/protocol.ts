/**
 * Messages between the extension host and the map editor webview, with a zod guard for what the webview sends.
 * Imported by both sides: no `vscode`, no DOM.
 */
import * as z from 'zod';
import type { EditOp, JourneyView, Path, Problem } from '../core/types';

/** The map editor's ops and paths are core types (src/core never imports src/shared); re-exported for both sides. */
export type { EditOp, Path };

/** Why an edit was not applied. */
export type EditRefusal = 'stale' | 'invalid' | 'failed';

/** Host → webview. */
export type HostMessage =
  | { type: 'snapshot'; version: number; view: JourneyView | null; problems: Problem[] }
  | { type: 'highlight'; path: Path }
  | { type: 'codeReferences'; counts: Record<string, number> } // touchpoint id → comments in code naming it
  | { type: 'editResult'; id: number; ok: boolean; reason?: EditRefusal };

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'edit'; id: number; baseVersion: number; op: EditOp }
  | { type: 'reveal'; path: Path }
  | { type: 'export' };                                    // run "Journey Map: Export..." on this map

const pathSchema = z.array(z.union([z.string(), z.number().int().nonnegative()])).max(64);
const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const editOpSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('set'), path: pathSchema, value: scalarSchema }),
  z.strictObject({ kind: z.literal('insert'), path: pathSchema, index: z.number().int().nonnegative(), value: z.unknown() }),
  z.strictObject({ kind: z.literal('move'), from: pathSchema, to: pathSchema, index: z.number().int().nonnegative() }),
  z.strictObject({ kind: z.literal('remove'), path: pathSchema }),
]);

const webviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({
    type: z.literal('edit'),
    id: z.number().int(),
    baseVersion: z.number().int(),
    op: editOpSchema,
  }),
  z.strictObject({ type: z.literal('reveal'), path: pathSchema }),
  z.strictObject({ type: z.literal('export') }),
]);

/** Checks an untrusted message from the webview; returns it typed, or null when it is malformed. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | null {
  const result = webviewMessageSchema.safeParse(raw);
  return result.success ? (result.data as WebviewMessage) : null;
}

/** For exhaustive switches: a compile error when a case is missing, a throw if one slips through at run time. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
