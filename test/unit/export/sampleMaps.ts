/** Maps the export tests run on: the examples (when present), every template and the tricky fixtures. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { mapSchema, type CjmMap } from '../../../src/core/schema';
import { MAP_TEMPLATES } from '../../../src/core/templates';

/** A named map and its text. */
export interface SampleMap { name: string; text: string; map: CjmMap }

const ROOT = join(__dirname, '..', '..', '..');

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.cjm.yaml')).sort().map((f) => join(dir, f));
}

/** Every sample map, parsed and checked against the schema (a sample that does not match throws). */
export function sampleMaps(): SampleMap[] {
  const files = [...filesIn(join(ROOT, 'examples')), ...filesIn(join(__dirname, 'fixtures'))];
  const fromFiles = files.map((file) => ({ name: file.slice(ROOT.length + 1), text: readFileSync(file, 'utf8') }));
  const fromTemplates = MAP_TEMPLATES.map((t) => ({ name: `template ${t.id}`, text: t.text }));
  return [...fromFiles, ...fromTemplates].map((s) => ({ ...s, map: mapSchema.parse(parse(s.text)) }));
}
