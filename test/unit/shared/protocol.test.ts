import { strict as assert } from 'node:assert';
import { checkWebviewMessage, MAX_EDIT_TEXT_LENGTH, parseWebviewMessage } from '../../../src/shared/protocol';

const edit = (op: unknown, id = 1) => ({ type: 'edit', id, baseVersion: 7, op });

describe('protocol: the guard on webview messages', () => {
  it('accepts every well-formed message unchanged', () => {
    const messages = [
      { type: 'ready' },
      { type: 'export' },
      { type: 'reveal', path: ['stages', 0, 'touchpoints', 2] },
      { type: 'edit', id: 3, baseVersion: 7, op: { kind: 'set', path: ['stages', 0, 'name'], value: 'Поиск' } },
      { type: 'edit', id: 4, baseVersion: 7, op: { kind: 'insert', path: ['stages'], index: 1, value: { id: 's', name: 'S' } } },
      { type: 'edit', id: 5, baseVersion: 7, op: { kind: 'move', from: ['stages', 0, 'touchpoints', 0], to: ['stages', 1, 'touchpoints'], index: 0 } },
      { type: 'edit', id: 6, baseVersion: 7, op: { kind: 'remove', path: ['stages', 1] } },
    ];
    for (const message of messages) assert.deepEqual(parseWebviewMessage(message), message);
  });

  it('accepts each op the map editor sends (webview/components)', () => {
    const ops = [
      { kind: 'set', path: ['stages', 2, 'goal'], value: 'Find a shop\nthat has everything' },
      { kind: 'set', path: ['stages', 0, 'pains', 3], value: 'x'.repeat(MAX_EDIT_TEXT_LENGTH) },
      { kind: 'set', path: ['stages', 0, 'touchpoints', 1, 'name'], value: 'Basket' },
      { kind: 'set', path: ['stages', 0, 'touchpoints', 1, 'opportunities', 0], value: 'Show delivery costs' },
      { kind: 'set', path: ['stages', 0, 'backstage', 'systems', 0], value: 'CRM' },
      { kind: 'set', path: ['stages', 0, 'lanes', 'questions', 0], value: 'Why?' },
      { kind: 'set', path: ['stages', 1, 'emotion'], value: -2 },
      { kind: 'set', path: ['stages', 1, 'touchpoints', 0, 'emotion', 'ben'], value: 1.5 },
      { kind: 'insert', path: ['stages', 2, 'touchpoints'], index: 0, value: { id: 'touchpoint-1', name: 'New touchpoint' } },
      { kind: 'remove', path: ['stages', 0, 'touchpoints', 1] },
      { kind: 'remove', path: ['stages', 0, 'goal'] },
      { kind: 'remove', path: ['stages', 0, 'lanes', 'questions', 2] },
    ];
    for (const op of ops) assert.deepEqual(checkWebviewMessage(edit(op)), { message: edit(op) }, JSON.stringify(op).slice(0, 200));
  });

  it('refuses malformed, unknown or over-long messages', () => {
    const bad: unknown[] = [
      null, 'ready', {}, { type: 'launch' },
      { type: 'ready', extra: 1 },
      { type: 'reveal', path: ['stages', -1] },
      { type: 'reveal', path: new Array(65).fill('x') },
      { type: 'edit', id: 1, baseVersion: 1, op: { kind: 'set', path: ['title'], value: { nested: true } } },
      { type: 'edit', id: 1, baseVersion: 1.5, op: { kind: 'remove', path: [] } },
      { type: 'edit', id: 1, baseVersion: 1, op: { kind: 'rename', path: [] } },
    ];
    for (const message of bad) assert.equal(parseWebviewMessage(message), null, JSON.stringify(message));
  });

  it('refuses edits the map editor cannot send, and names the edit so it can be answered', () => {
    const huge: Record<string, string> = { id: 'x', name: 'X' };
    for (let k = 0; k < 20_000; k++) huge[`k${k}`] = 'v';
    const deep: unknown[] = [];
    let at = deep;
    for (let k = 0; k < 10_000; k++) { const next: unknown[] = []; at.push(next); at = next; }
    const refused = [
      { kind: 'insert', path: ['stages'], index: 0, value: huge },
      { kind: 'insert', path: ['stages', 0, 'touchpoints'], index: 0, value: deep },
      { kind: 'insert', path: ['stages', 0, 'touchpoints'], index: 0, value: { id: 't', name: 'T', personas: ['anna'] } },
      { kind: 'set', path: ['stages', 0, 'name'], value: 'x'.repeat(10 * 1024 * 1024) },
      { kind: 'set', path: ['stages', 0, 'name'], value: 'x'.repeat(MAX_EDIT_TEXT_LENGTH + 1) },
      { kind: 'set', path: ['stages', 0, 'name'], value: 2 },
      { kind: 'set', path: ['stages', 0, 'emotion'], value: 3 },
      { kind: 'set', path: ['stages', 0, 'emotion'], value: 'happy' },
      { kind: 'set', path: ['title'], value: 'Not from the map' },
      { kind: 'move', from: ['title'], to: ['stages'], index: 0 },
      { kind: 'move', from: ['stages', 0], to: ['stages', 0, 'touchpoints'], index: 0 },
      { kind: 'move', from: ['stages', 0, 'touchpoints', 0], to: ['stages', 0, 'touchpoints', 0, 'pains'], index: 0 },
      { kind: 'remove', path: ['cjm'] },
      { kind: 'remove', path: ['stages'] },
    ];
    refused.forEach((op, k) => {
      const checked = checkWebviewMessage(edit(op, 42));
      assert.ok('error' in checked && checked.editId === 42, `op ${k} (${op.kind}) passed the guard`);
      assert.match(checked.error, /^not a message the map editor sends/);
    });
  });
});
