/**
 * Helpers for the data tests: a map with sourced metrics, an in-memory file reader that counts reads, and
 * resolution of a map text against it.
 */
import { analyze } from '../../../src/core/analyze';
import { DataResolver } from '../../../src/core/data/dataResolver';
import type { DataFileContent, DataFileReader, DataResolution } from '../../../src/core/data/types';

/** Where the test map lives and the workspace it belongs to. */
export const LOCATION = { mapPath: '/ws/maps/shop.cjm.yaml', roots: ['/ws'] };

/** A map whose one stage metric reads `source` (a flow mapping written after `source: `). */
export function mapWith(metricLines: string): string {
  return `cjm: 1
title: Shop
stages:
  - id: discover
    name: Discover
    metrics:
      - id: visitors
        name: Visitors
${metricLines.replace(/^/gm, '        ')}
    touchpoints:
      - { id: ad, name: Ad }
`;
}

/** Files by absolute path; `version` of a file is its text unless set explicitly. */
export class MemoryReader implements DataFileReader {
  reads: string[] = [];
  versions = new Map<string, string>();
  constructor(readonly files: Map<string, string> = new Map()) {}

  async read(path: string): Promise<DataFileContent> {
    this.reads.push(path);
    const text = this.files.get(path);
    if (text === undefined) return { ok: false, missing: true, reason: 'not found' };
    return { ok: true, text, version: this.versions.get(path) ?? text };
  }
}

/** Resolves a map text with these files (paths relative to /ws/maps/). */
export async function resolveText(text: string, files: Record<string, string>, reader?: MemoryReader): Promise<DataResolution> {
  const memory = reader ?? new MemoryReader();
  for (const [name, content] of Object.entries(files)) memory.files.set(`/ws/maps/${name}`, content);
  return new DataResolver(memory).resolve(analyze(text, { fileName: 'shop.cjm.yaml' }), LOCATION);
}

/** The funnel CSV most tests read: weekly rows, not in date order. */
export const FUNNEL_CSV = 'week,visitors,signups\n2026-W02,11000,300\n2026-W01,10000,250\n2026-W03,12500,310\n';
