/** The baseline of the speed benchmarks: yaml-language-server validating maps against schema/cjm.schema.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService, type LanguageService } from 'yaml-language-server';

const SCHEMA_URI = 'file:///bench/cjm.schema.json';
const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'cjm.schema.json'), 'utf8')) as object;

/** A yaml-language-server service that validates `*.cjm.yaml` documents against our generated schema. */
export function yamlLanguageService(): LanguageService {
  const service = getLanguageService({
    schemaRequestService: async () => JSON.stringify(schema),
    workspaceContext: { resolveRelativePath: (path: string) => path },
  });
  service.configure({ validate: true, schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.cjm.yaml'], schema }] });
  return service;
}
