import { strict as assert } from 'node:assert';
import { KeyedDebounce } from '../../../src/host/keyedDebounce';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedDebounce', () => {
  it('runs only the last work asked for a key, and keys independently', async () => {
    const debounce = new KeyedDebounce(5);
    const ran: string[] = [];
    debounce.schedule('a', () => ran.push('a1'));
    debounce.schedule('b', () => ran.push('b1'));
    debounce.schedule('a', () => ran.push('a2'));
    await pause(40);
    assert.deepEqual(ran.sort(), ['a2', 'b1']);
  });

  it('drops cancelled and disposed work', async () => {
    const debounce = new KeyedDebounce(5);
    const ran: string[] = [];
    debounce.schedule('a', () => ran.push('a'));
    debounce.schedule('b', () => ran.push('b'));
    debounce.cancel('a');
    debounce.schedule('c', () => ran.push('c'));
    debounce.dispose();
    await pause(40);
    assert.deepEqual(ran, []);
  });
});
