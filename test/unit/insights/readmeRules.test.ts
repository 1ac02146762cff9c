/** The README's Insights table documents every rule of the registry, with its default severity, in registry order. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSIGHT_RULES } from '../../../src/core/insights/registry';

describe('README: insight rules', () => {
  it('lists each rule code with its default severity', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Insights'), readme.indexOf('### `cjm.config.yaml`'));
    const rows = [...section.matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(rows, INSIGHT_RULES.map((rule) => [rule.code, rule.defaultSeverity]));
  });
});
