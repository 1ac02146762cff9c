/**
 * Text → Analysis. PLACEHOLDER until the core lands: parses YAML only, no schema checks, no index.
 */
import { parseDocument } from 'yaml';
import type { Analysis } from './types';
import type { CjmMap } from './schema';

/** Options of an analysis. */
export interface AnalyzeOptions {
  /** File name (for the default map id: the name without `.cjm.yaml`). */
  fileName?: string;
}

/** Analyses one version of a map's text; never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  void options;
  const doc = parseDocument(text, { keepSourceTokens: true });
  const model = doc.errors.length === 0 ? (doc.toJS() as CjmMap) : null;
  return { text, doc, model, problems: [], index: { declarations: [], references: [] } };
}
