import { strict as assert } from 'node:assert';
import { parseWebviewMessage } from '../../../src/shared/protocol';

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
});
