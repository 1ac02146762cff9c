/** Every text the sources translate is in the English bundle, and every other bundle translates all of it. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script shared with `npm run l10n:extract`
import { englishBundle, sourceMessages } from '../../../scripts/l10nMessages.mjs';

const ROOT = join(__dirname, '..', '..', '..');
const readBundle = (name: string) => JSON.parse(readFileSync(join(ROOT, 'l10n', name), 'utf8')) as Record<string, string>;

/** Texts that are the same word in a language as in English (product names, file formats, codes). */
const SAME_AS_ENGLISH = new Set(['CSV', 'tag', 'SVG', 'PNG', 'PDF', 'HTML', 'JSON', 'Mermaid', 'Markdown', 'SARIF', 'YAML', 'Journey Maps', 'CJM', 'ID', 'URL', 'OK', 'NPS', 'CSAT', 'CES',
  // The same word in Polish or Latvian: "persona" (pl, lv), "Persona", "Personas" (lv), "1 problem" (pl).
  'Persona', 'persona', 'Personas', '{0} problem', '{0} persona', '{0} personas']);

describe('l10n bundles', () => {
  const english = readBundle('bundle.l10n.json');
  const { singles, plurals } = sourceMessages(ROOT) as { singles: string[]; plurals: Array<[string, string]> };

  it('the English bundle is what `npm run l10n:extract` writes from the sources', () => {
    assert.deepEqual(english, englishBundle(ROOT), 'run `npm run l10n:extract`');
  });

  for (const locale of ['ru', 'pl', 'lv'] as const) {
    it(`${locale}: translates every message, each plural in each of the language's forms, and nothing stale`, () => {
      const bundle = readBundle(`bundle.l10n.${locale}.json`);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const expected = [...singles, ...plurals.flatMap(([, other]) => categories.map((c) => `${other}|${c}`))].sort();
      assert.deepEqual(Object.keys(bundle).sort(), expected);
      for (const [key, text] of Object.entries(bundle)) {
        const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
        const source = english[key] ?? key.slice(0, key.lastIndexOf('|'));
        assert.ok(text.trim().length > 0, `${locale}: "${key}" is empty`);
        assert.ok(text !== source || SAME_AS_ENGLISH.has(text), `${locale}: "${key}" is left in English`);
        assert.equal(placeholders(text), placeholders(source), `${locale}: "${key}" changes the placeholders`);
      }
    });
  }
});
