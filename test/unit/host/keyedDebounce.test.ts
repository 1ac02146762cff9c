/** KeyedDebounce on a mocked clock: exact waits, no real time passes in the test. */
import { strict as assert } from 'node:assert';
import { mock } from 'node:test';
import { KeyedDebounce } from '../../../src/host/keyedDebounce';

describe('KeyedDebounce', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('runs only the last work asked for a key, and keys independently', () => {
    const debounce = new KeyedDebounce(5);
    const ran: string[] = [];
    debounce.schedule('a', () => ran.push('a1'));
    debounce.schedule('b', () => ran.push('b1'));
    debounce.schedule('a', () => ran.push('a2'));
    mock.timers.tick(5);
    assert.deepEqual(ran.sort(), ['a2', 'b1']);
  });

  it('restarts the wait of a key asked again before it ran', () => {
    const debounce = new KeyedDebounce(5);
    const ran: string[] = [];
    debounce.schedule('a', () => ran.push('a1'));
    mock.timers.tick(4);
    debounce.schedule('a', () => ran.push('a2'));
    mock.timers.tick(4);
    assert.deepEqual(ran, [], 'still waiting: 4 ms since the last ask');
    mock.timers.tick(1);
    assert.deepEqual(ran, ['a2']);
  });

  it('drops cancelled and disposed work', () => {
    const debounce = new KeyedDebounce(5);
    const ran: string[] = [];
    debounce.schedule('a', () => ran.push('a'));
    debounce.schedule('b', () => ran.push('b'));
    debounce.cancel('a');
    debounce.schedule('c', () => ran.push('c'));
    debounce.dispose();
    mock.timers.tick(50);
    assert.deepEqual(ran, []);
  });
});
