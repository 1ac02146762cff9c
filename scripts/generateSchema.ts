/**
 * Writes schema/cjm.schema.json, the JSON Schema of format v1, from the zod schema in src/core/schema.ts,
 * so YAML tools other than this extension validate `*.cjm.yaml` files too. Run: `npx tsx scripts/generateSchema.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { mapSchema } from '../src/core/schema';

/** The JSON Schema of a journey map, as an object. */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(mapSchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://journey-maps.dev/schema/cjm.schema.json',
    title: 'Customer journey map (cjm format v1)',
    ...schema,
  };
}

const outFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'cjm.schema.json');
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
console.log(`[schema] wrote ${outFile}`);
