/**
 * schema/cjm-config.schema.json, the generated JSON Schema of cjm.config.yaml, checked with a real validator (Ajv,
 * draft-07): it is current, accepts the README's example and rejects what the editor reports.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { buildConfigJsonSchema } from '../../../scripts/generateSchema';

const FILE = join(__dirname, '..', '..', '..', 'schema', 'cjm-config.schema.json');

describe('cjm.config.yaml JSON Schema', () => {
  const schema = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it('is the one the zod schema generates (npm run build regenerates it)', () => {
    assert.deepEqual(schema, JSON.parse(JSON.stringify(buildConfigJsonSchema())));
  });

  it('accepts levels, { severity, ...options } and block style', () => {
    const config = parse('rules:\n  pain-without-opportunity: off\n  negative-moment-of-truth: error\n  conversion-drop: { severity: warning, min-conversion: 0.4 }\n  review-due:\n    review-every: 30\n');
    assert.ok(validate(config), JSON.stringify(validate.errors));
  });

  it('rejects an unknown rule, a bad level, an unknown option and an option out of range', () => {
    for (const text of ['rules:\n  emotion-dorp: off\n', 'rules:\n  emotion-drop: warn\n', 'rules:\n  review-due: { review-evry: 3 }\n',
      'rules:\n  conversion-drop: { min-conversion: 2 }\n', 'rule: {}\n']) {
      assert.equal(validate(parse(text)), false, text);
    }
  });
});
