/** Helpers for the edit tests: apply an op to a text and check the result against the op's meaning on data (editOracle). */
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { computeEdit } from '../../../src/core/edits';
import type { TextEdit } from '../../../src/core/edits';
import { expectedData } from './editOracle';
import type { EditOp } from '../../../src/shared/protocol';

/** The edit computed for `op` on `text`; fails the test when the op is refused. */
export function editFor(text: string, op: EditOp): TextEdit {
  const result = computeEdit(text, parseDocument(text, { keepSourceTokens: true }), op);
  if ('error' in result) assert.fail(`refused: ${result.error}`);
  return result;
}

/** The text after applying `op`; also checks that it parses to exactly the data the op means. */
export function apply(text: string, op: EditOp): string {
  const edit = editFor(text, op);
  const after = text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);
  const expected = expectedData(parseDocument(text).toJS(), op);
  const reparsed = parseDocument(after);
  assert.deepEqual(reparsed.errors, []);
  assert.deepEqual(reparsed.toJS(), expected);
  return after;
}

/** The refusal message for `op` on `text`; fails the test when the op is accepted. */
export function refusal(text: string, op: EditOp): string {
  const result = computeEdit(text, parseDocument(text, { keepSourceTokens: true }), op);
  if (!('error' in result)) assert.fail(`accepted: ${JSON.stringify(result)}`);
  return result.error;
}

/** `text` with one exact occurrence of `from` replaced by `to` (fails when `from` is not found exactly once). */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
