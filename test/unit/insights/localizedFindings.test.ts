/** Insight findings in another language: the plural form follows the count as that language counts. */
import { strict as assert } from 'node:assert';
import { parseInsightConfig } from '../../../src/core/insights/config';
import { setActiveLocale } from '../../../src/core/l10n/translate';
import { findingsWithCode } from './insightsTestKit';

function mapWithPains(count: number): string {
  const pains = Array.from({ length: count }, (_, i) => `      - Pain ${i + 1}`).join('\n');
  return `cjm: 1\ntitle: Pains\nstages:\n  - id: pay\n    name: Оплата\n    pains:\n${pains}\n    touchpoints:\n      - id: card\n        name: Card\n`;
}

describe('insight findings in Russian and Polish', () => {
  afterEach(() => setActiveLocale('en'));

  it('pain-without-opportunity counts pains with the Russian plural forms: 1, 21 one; 3 few; 5 many', () => {
    setActiveLocale('ru');
    const counted = [1, 3, 5, 21].map((n) => findingsWithCode(mapWithPains(n), 'pain-without-opportunity')[0]?.message);
    assert.deepEqual(counted, [
      'На этапе "Оплата" есть 1 боль, но нет возможностей: добавьте идею, как её устранить, в "opportunities:".',
      'На этапе "Оплата" есть 3 боли, но нет возможностей: добавьте идею, как их устранить, в "opportunities:".',
      'На этапе "Оплата" есть 5 болей, но нет возможностей: добавьте идею, как их устранить, в "opportunities:".',
      'На этапе "Оплата" есть 21 боль, но нет возможностей: добавьте идею, как её устранить, в "opportunities:".',
    ]);
  });

  it('and with the Polish ones: 1 one; 3, 22 few; 5, 12 many', () => {
    setActiveLocale('pl');
    const counted = [1, 3, 5, 12, 22].map((n) => /wymienia (\d+ \S+),/.exec(findingsWithCode(mapWithPains(n), 'pain-without-opportunity')[0]?.message ?? '')?.[1]);
    assert.deepEqual(counted, ['1 bolączkę', '3 bolączki', '5 bolączek', '12 bolączek', '22 bolączki']);
  });

  it('English stays the default: one pain, two pains', () => {
    assert.match(findingsWithCode(mapWithPains(1), 'pain-without-opportunity')[0].message, /lists 1 pain but no opportunities: add an idea to fix it /);
    assert.match(findingsWithCode(mapWithPains(2), 'pain-without-opportunity')[0].message, /lists 2 pains but no opportunities: add an idea to fix them /);
  });

  it('cjm.config.yaml problems in Latvian, the option’s meaning included', () => {
    setActiveLocale('lv');
    const { problems } = parseInsightConfig('rules:\n  conversion-drop: { min-conversion: 2 }\n');
    assert.deepEqual(problems.map((p) => [p.code, p.message]), [['invalid-value',
      'Noteikuma "conversion-drop" opcijai "min-conversion" nevar būt vērtība: skaitlis 2. '
      + 'Mazākā daļa (0..1) no iepriekšējā posma vērtības, kas posmam jāsaglabā; mazāk ir konversijas kritums. Noklusējums 0.5.']]);
  });
});
