/**
 * Problems and insight findings as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers: one run of
 * the `cjm` tool, a rule per code (insight rules with their summary and default level), results with exact
 * regions (lines and columns 1-based, columns in UTF-16 code units).
 */
import { ruleByCode } from '../core/insights/registry';
import { t } from '../core/l10n/translate';
import type { Severity } from '../core/types';
import type { ReportedProblem } from './reportedProblems';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  help: { text: string };
  defaultConfiguration?: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[] };
}

function ruleOf(code: string): SarifRule {
  const insight = ruleByCode(code);
  if (insight) {
    return {
      id: code, shortDescription: { text: insight.summary },
      help: { text: `${insight.summary} ${t('Set its severity or options in cjm.config.yaml, or silence one finding with "# cjm-ignore {0}" on the line before; see "Insights" in the extension’s README.', code)}` },
      defaultConfiguration: { level: LEVEL[insight.defaultSeverity] },
      properties: { tags: ['insight'] },
    };
  }
  return {
    id: code, shortDescription: { text: t('Journey map problem "{0}".', code) },
    help: { text: t('The map breaks a rule of the journey map format ({0}); the message says what and where. See "Problem codes" in the extension’s README.', code) },
    properties: { tags: ['validation'] },
  };
}

/** A file path as a relative URI reference (forward slashes, each segment percent-encoded). */
export function fileUri(file: string): string {
  return file.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}

/** The SARIF log of these problems. */
export function toSarif(problems: ReportedProblem[]): Record<string, unknown> {
  const codes = [...new Set(problems.map((p) => p.code))].sort();
  const ruleIndex = new Map(codes.map((code, i) => [code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'cjm', fullName: 'Journey Maps (cjm validate)', rules: codes.map(ruleOf) } },
      columnKind: 'utf16CodeUnits',
      results: problems.map((p) => ({
        ruleId: p.code,
        ruleIndex: ruleIndex.get(p.code),
        level: LEVEL[p.severity],
        message: { text: p.message },
        locations: [{ physicalLocation: {
          artifactLocation: { uri: fileUri(p.file) },
          region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
        } }],
      })),
    }],
  };
}
