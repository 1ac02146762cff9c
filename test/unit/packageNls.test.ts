import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Record<string, unknown>;

describe('package.json localisation', () => {
  const placeholders = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
  const english = read('package.nls.json');

  it('defines every %placeholder% of package.json in English, and nothing else', () => {
    assert.ok(placeholders.length >= 15, `${placeholders.length} placeholders`);
    assert.deepEqual(Object.keys(english).sort(), [...new Set(placeholders)].sort());
  });

  for (const locale of ['ru', 'pl', 'lv']) {
    it(`translates every key into ${locale}, each text different from the English one`, () => {
      const translated = read(`package.nls.${locale}.json`);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
      for (const [key, text] of Object.entries(translated)) {
        assert.ok(typeof text === 'string' && text.trim().length > 0, `${locale}: ${key} is empty`);
        assert.notEqual(text, english[key], `${locale}: ${key} is not translated`);
      }
    });
  }
});
