/**
 * Resolves the `source:` of every metric of an analysed map: finds the file (inside the workspace), reads it
 * through the caller's DataFileReader, parses it (once per file version) and turns it into metric data or a
 * problem at the exact key that is wrong.
 */
import { t } from '../l10n/translate';
import { makeProblem, quote } from '../problems';
import type { Analysis, Problem } from '../types';
import { csvSeriesSteps, type SeriesResult, type SourceFailure } from './csvSource';
import { csvSlices, type CsvTable } from './csvTable';
import { dataFilePath, isInside } from './dataPaths';
import { jsonSeries } from './jsonSource';
import { summarizeSeries } from './series';
import { sourceSpecs, type SourceSpec } from './sourceSpecs';
import { runAll, runInSlices } from './steps';
import type { DataFileContent, DataFileReader, DataResolution } from './types';

/** Where a map lives: its path and the workspace folders its sources must stay inside (`/`-separated). */
export interface DataLocation {
  mapPath: string;
  roots: readonly string[];
}

type FileKind = 'csv' | 'json';
/** A parsed file, with the series already read from it (by column and date column, or pointer). */
type ParsedFile = ({ kind: 'csv'; table: CsvTable } | { kind: 'json'; value: unknown } | { kind: 'invalid'; message: string })
  & { series: Map<string, SeriesResult> };

/** Resolves metric sources; keeps each parsed file until its version changes. */
export class DataResolver {
  private readonly parsed = new Map<string, { version: string; file: Promise<ParsedFile> }>();

  /** `pause`, when given, lets large CSV files be parsed in slices with the event loop getting turns between. */
  constructor(private readonly reader: DataFileReader, private readonly pause?: () => Promise<void>) {}

  /** The metric data and data problems of one analysed map. */
  async resolve(analysis: Analysis, location: DataLocation): Promise<DataResolution> {
    const resolution: DataResolution = { metrics: {}, problems: [], files: [] };
    const reads = new Map<string, Promise<DataFileContent>>();
    for (const spec of sourceSpecs(analysis)) {
      let problem: Problem | undefined;
      try {
        problem = await this.resolveOne(spec, location, reads, resolution);
      } catch (error) {
        // A safety net: every known bad file has its own problem; this keeps an unforeseen one at its source.
        problem = makeProblem('data-file-invalid', spec.ranges.file,
          t('Data file {0} could not be read: {1}.', quote(spec.source.file), error instanceof Error ? error.message : String(error)));
      }
      if (problem) resolution.problems.push(problem);
    }
    resolution.files = [...reads.keys()];
    return resolution;
  }

  /** Forgets the parsed forms of a file (e.g. when it was deleted). */
  forget(path: string): void {
    for (const key of [...this.parsed.keys()]) if (key.endsWith(`:${path}`)) this.parsed.delete(key);
  }

  private async resolveOne(spec: SourceSpec, location: DataLocation, reads: Map<string, Promise<DataFileContent>>,
    resolution: DataResolution): Promise<Problem | undefined> {
    const shapeProblem = checkSourceShape(spec);
    if (shapeProblem) return shapeProblem;
    const { file } = spec.source;
    const path = dataFilePath(location.mapPath, file);
    if (!isInside(path, location.roots)) {
      return makeProblem('data-file-outside-workspace', spec.ranges.file,
        t('Data file {0} is outside the workspace; a source must be a file inside the workspace.', quote(file)), { path: [...spec.path, 'source', 'file'] });
    }
    let read = reads.get(path);
    if (!read) reads.set(path, (read = this.reader.read(path)));
    const content = await read;
    if (!content.ok) {
      const message = content.missing
        ? t('Data file {0} does not exist.', quote(file))
        : t('Data file {0} cannot be read: {1}.', quote(file), content.reason);
      return makeProblem('data-file-missing', spec.ranges.file, message, { path: [...spec.path, 'source', 'file'] });
    }
    const series = await this.seriesOf(await this.parse(path, content, spec.source.pointer !== undefined ? 'json' : 'csv'), spec);
    if ('failure' in series) return failureProblem(spec, series.failure);
    resolution.metrics[spec.path.join('.')] = summarizeSeries(series.points, spec.metric.better, file);
    return undefined;
  }

  private parse(path: string, content: { text: string; version: string }, kind: FileKind): Promise<ParsedFile> {
    const key = `${kind}:${path}`;
    const hit = this.parsed.get(key);
    if (hit && hit.version === content.version) return hit.file;
    const file = kind === 'json' ? Promise.resolve(parseJson(content.text)) : this.run(csvSlices(content.text))
      .then((table): ParsedFile => ({ kind: 'csv', table, series: new Map() }));
    this.parsed.set(key, { version: content.version, file });
    return file;
  }

  /** The series a source reads from a parsed file; read once per file version, column and date column (or pointer). */
  private async seriesOf(parsed: ParsedFile, spec: SourceSpec): Promise<SeriesResult> {
    const { file, column, pointer } = spec.source;
    if (parsed.kind === 'invalid') return { failure: { code: 'data-file-invalid', at: 'file', message: t('{0} is not valid JSON: {1}.', quote(file), parsed.message) } };
    const key = JSON.stringify([file, column, spec.source['date-column'], pointer]);
    let series = parsed.series.get(key);
    if (!series) {
      series = parsed.kind === 'json' ? jsonSeries(parsed.value, file, pointer ?? '')
        : await this.run(csvSeriesSteps(parsed.table, file, column ?? '', spec.source['date-column']));
      parsed.series.set(key, series);
    }
    return series;
  }

  private run<T>(steps: Generator<void, T, void>): Promise<T> {
    return this.pause ? runInSlices(steps, this.pause) : Promise.resolve(runAll(steps));
  }
}

function parseJson(text: string): ParsedFile {
  try {
    return { kind: 'json', value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown, series: new Map() };
  } catch (error) {
    return { kind: 'invalid', message: error instanceof Error ? error.message : String(error), series: new Map() };
  }
}

function failureProblem(spec: SourceSpec, failure: SourceFailure): Problem {
  const key = failure.at === 'source' ? [] : [failure.at];
  return makeProblem(failure.code, spec.ranges[failure.at], failure.message,
    { path: [...spec.path, 'source', ...key], suggestion: failure.suggestion });
}

/** value beside source; neither or both of column and pointer; a key that does not fit the file's type. */
function checkSourceShape(spec: SourceSpec): Problem | undefined {
  const { metric, source, ranges, path } = spec;
  if (metric.value !== undefined && spec.valueKey) {
    return makeProblem('value-and-source', spec.valueKey,
      t('Metric {0} has both "value" and "source": remove "value" (the source gives it), or remove "source".', quote(metric.id)), { path: [...path, 'value'] });
  }
  const sourcePath = [...path, 'source'];
  if (source.column === undefined && source.pointer === undefined) {
    return makeProblem('missing-key', ranges.source,
      t('The source of metric {0} needs "column" (a CSV file) or "pointer" (a JSON file).', quote(metric.id)), { path: sourcePath });
  }
  if (source.column !== undefined && source.pointer !== undefined) {
    return makeProblem('invalid-value', ranges.pointer,
      t('A source reads either a CSV "column" or a JSON "pointer", not both; metric {0} has both.', quote(metric.id)), { path: [...sourcePath, 'pointer'] });
  }
  const extension = source.file.toLowerCase().slice(source.file.lastIndexOf('.') + 1);
  if (source.pointer !== undefined && extension === 'csv') {
    return makeProblem('invalid-value', ranges.pointer, t('{0} is a CSV file: name its column with "column", not "pointer".', quote(source.file)), { path: [...sourcePath, 'pointer'] });
  }
  if (source.pointer === undefined && extension === 'json') {
    return makeProblem('invalid-value', ranges.column, t('{0} is a JSON file: point at the value with "pointer", not "column".', quote(source.file)), { path: [...sourcePath, 'column'] });
  }
  return undefined;
}
