/**
 * Writes schema/cjm.schema.json, the JSON Schema of format v1, from the zod schema in src/core/schema.ts,
 * so YAML tools other than this extension validate `*.cjm.yaml` files too, and beside it
 * schema/cjm-config.schema.json, the schema of `cjm.config.yaml` (src/core/insights/config.ts).
 * Run: `npx tsx scripts/generateSchema.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { configSchema } from '../src/core/insights/config';
import { mapSchema, personasFileSchema } from '../src/core/schema';

/** The JSON Schema of a journey map, as an object. */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(mapSchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://journey-maps.dev/schema/cjm.schema.json',
    title: 'Customer journey map (cjm format v1)',
    ...schema,
  };
}

/** The JSON Schema of `cjm.config.yaml`, as an object. */
export function buildConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://journey-maps.dev/schema/cjm-config.schema.json',
    title: 'Journey map insights configuration (cjm.config.yaml)',
    ...schema,
  };
}

/** The JSON Schema of a `*.personas.yaml` file (shared personas), as an object. */
export function buildPersonasJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(personasFileSchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://journey-maps.dev/schema/cjm-personas.schema.json',
    title: 'Shared personas of journey maps (*.personas.yaml)',
    ...schema,
  };
}

/** Writes the schemas into schema/. */
function writeSchemas(): void {
  const schemaFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
  mkdirSync(schemaFolder, { recursive: true });
  for (const [name, schema] of [['cjm.schema.json', buildJsonSchema()], ['cjm-config.schema.json', buildConfigJsonSchema()],
    ['cjm-personas.schema.json', buildPersonasJsonSchema()]] as const) {
    const outFile = join(schemaFolder, name);
    writeFileSync(outFile, `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`[schema] wrote ${outFile}`);
  }
}

// Run as a script it writes the files; imported (by a test) it only provides the builders.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeSchemas();
