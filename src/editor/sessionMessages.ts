/** What a document session writes about the map editor's messages: a short text of one for the log, and the answer to an edit. */
import type { EditRefusal, HostMessage } from '../shared/protocol';

/** The outcome of an edit: applied, or refused with a reason (and, for `failed`, why). */
export type EditOutcome = { ok: true } | { ok: false; reason: EditRefusal; detail?: string };

/** A short text of an untrusted message, for the log (never the whole of a huge one). */
export function messageSummary(raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch (error) {
    text = `(not JSON: ${String(error)})`;
  }
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
}

/** The answer to edit `id`: applied, or refused with the reason and what exactly stood in the way. */
export function editResult(id: number, outcome: EditOutcome): HostMessage {
  return outcome.ok ? { type: 'editResult', id, ok: true } : { type: 'editResult', id, ok: false, reason: outcome.reason, detail: outcome.detail };
}
