/**
 * The emotion curve: one line per persona across the stage columns, drawn cell by cell so that it lines up
 * with the columns at any width. Points are buttons: drag them or press ArrowUp/ArrowDown to set an emotion.
 */
import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { drawStage, sameCell, sameLooks, type StageCurve, type StageDrawing } from './curveCells';
import { navAttrs } from './EditableText';
import { useIdleReady } from './idleRender';
import { Face, LineSample, ShapeIcon } from './Glyphs';
import { edit, useMap } from './mapContext';
import { t } from '../../src/core/l10n/translate';
import { emotionWord, signedScore } from '../../src/core/emotionText';
import { shortName } from '../../src/core/view/mapData';
import { emotionY, valueAtY, type CurvePoint, type CurveSeries } from '../../src/core/view/emotionSeries';

export { curveByStage, type StageCurve } from './curveCells';

const LEVELS = [2, 1, 0, -1, -2];

interface PointProps { series: CurveSeries; point: CurvePoint; dx: number; nav: { lane: number; item: number } }

function CurvePointButton({ series, point, dx, nav }: PointProps) {
  const ctx = useMap();
  const [draft, setDraft] = useState<number | null>(null);
  const drag = useRef(false);
  useEffect(() => setDraft(null), [point.value]);
  const value = draft ?? point.value;
  const commit = (v: number) => {
    if (v !== point.value && edit(ctx, { kind: 'set', path: point.path, value: v })) setDraft(v);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (step === 0 || !ctx.editable) return;
    e.preventDefault();
    e.stopPropagation();
    commit(Math.max(-2, Math.min(2, value + step)));
  };
  const yOf = (e: PointerEvent) => {
    const r = ((e.currentTarget as HTMLElement).parentElement as HTMLElement).getBoundingClientRect();
    return valueAtY((e.clientY - r.top) / r.height);
  };
  const style = { left: `calc(${point.x - point.stageIndex} * 100% + ${dx}px)`, top: `${emotionY(value) * 100}%`,
    '--series': series.color } as JSX.CSSProperties;
  return (
    <button type="button" class={`pt${draft !== null ? ' pt--draft' : ''}`} style={style}
      {...navAttrs({ lane: nav.lane, stage: point.stageIndex, item: nav.item }, point.path)}
      aria-label={t('{0} at {1}: {2}, {3}', series.name, point.label, signedScore(value), emotionWord(value))}
      title={`${series.name} · ${point.label}: ${signedScore(value)}`}
      onKeyDown={onKeyDown}
      onClick={() => { if (!drag.current) ctx.onReveal?.(point.itemPath); drag.current = false; }}
      onPointerDown={(e) => {
        if (!ctx.editable) return;
        (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
        drag.current = false;
      }}
      onPointerMove={(e) => {
        if (!ctx.editable || !(e.currentTarget as HTMLElement).hasPointerCapture?.(e.pointerId)) return;
        const v = yOf(e);
        if (v !== value) { drag.current = true; setDraft(v); }
      }}
      onPointerUp={(e) => { if (drag.current) commit(yOf(e)); }}>
      <ShapeIcon shape={series.shape} />
    </button>
  );
}

/**
 * Where each stage average's bar goes: across the stage, except that personas with the same average share
 * the width side by side, so overlapping translucent bars never blend into a colour no persona has.
 */
export function averageBars<A extends { series: number; value: number }>(averages: A[]): (A & { x1: number; x2: number })[] {
  const left = 0.08;
  const width = 0.84;
  const gap = 0.02;
  return averages.map((a) => {
    const same = averages.filter((b) => b.value === a.value);
    const slot = same.indexOf(a);
    const part = width / same.length;
    return { ...a, x1: left + slot * part + (slot > 0 ? gap / 2 : 0), x2: left + (slot + 1) * part - (slot < same.length - 1 ? gap / 2 : 0) };
  });
}

interface CellProps {
  curve: StageCurve;
  series: CurveSeries[];
  lane: number;
  stageIndex: number;
  /** In diff mode: the compared version's curve in this stage, drawn faded under the current one. */
  previous?: StageCurve;
}

/**
 * One stage's part of the curve; memoised on what it draws, so a scroll that renders other columns, or a snapshot
 * that changed another stage, leaves it alone.
 */
export const EmotionCell = memo(EmotionCellView, (a: CellProps, b: CellProps) => a.lane === b.lane
  && a.stageIndex === b.stageIndex && sameLooks(a.series, b.series) && sameCell(a.curve, b.curve) && sameCell(a.previous, b.previous));

/** One stage's part of the curve: grid lines, line pieces, stage averages and points. */
function EmotionCellView({ curve: cell, series, lane, stageIndex, previous }: CellProps) {
  const curve = drawStage(cell);
  return (
    <div class="curve">
      <div class="curve__plot">
        <svg class="curve__svg" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true">
          {LEVELS.map((v) => <line key={v} class={`curve__grid${v === 0 ? ' curve__grid--zero' : ''}`}
            x1="0" x2="1" y1={emotionY(v)} y2={emotionY(v)} />)}
          {previous && <PreviousCurve curve={drawStage(previous)} series={series} />}
          {averageBars(curve.averages).map((a) => <line key={`a${a.series}`} class="curve__avg"
            style={{ stroke: series[a.series].color }} x1={a.x1} x2={a.x2} y1={emotionY(a.value)} y2={emotionY(a.value)} />)}
          {curve.segments.map((s, n) => <line key={n} class="curve__line" style={{ stroke: series[s.series].color }}
            stroke-dasharray={series[s.series].dash || undefined} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />)}
        </svg>
        {curve.points.map(({ series: k, point, dx }, n) => (
          <CurvePointButton key={`${k}:${point.path.join('.')}`} series={series[k]} point={point} dx={dx}
            nav={{ lane, item: n }} />
        ))}
      </div>
      <div class="curve__avgs">
        {curve.averages.length > 0 && <span class="curve__avglabel">{t('avg')}</span>}
        {curve.averages.map((a) => (
          <span key={a.series} class="curve__avgval" style={{ '--series': series[a.series].color }}
            title={t('{0}: stage average {1}', series[a.series].name, signedScore(a.value))} data-stage={stageIndex}>
            <ShapeIcon shape={series[a.series].shape} size={9} />{signedScore(a.value)}
          </span>
        ))}
      </div>
    </div>
  );
}

/** The compared version's line pieces and stage averages, faded (in diff mode). */
function PreviousCurve({ curve, series }: { curve: StageDrawing; series: CurveSeries[] }) {
  return (
    <g class="curve__old">
      {averageBars(curve.averages).map((a) => <line key={`oa${a.series}`} class="curve__avg curve__avg--old"
        style={{ stroke: series[a.series]?.color }} x1={a.x1} x2={a.x2} y1={emotionY(a.value)} y2={emotionY(a.value)} />)}
      {curve.segments.map((s, n) => <line key={`o${n}`} class="curve__line curve__line--old" style={{ stroke: series[s.series]?.color }}
        x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />)}
    </g>
  );
}

/** The curve's lane header: the legend (shape, dash and name per persona) and the labelled -2..+2 axis. */
export function EmotionAxis({ series }: { series: CurveSeries[] }) {
  return (
    <div class="curve curve--axis">
      <div class="curve__plot">
        <ul class="legend">
          {series.map((s) => (
            <li key={s.personaId ?? '-'} style={{ '--series': s.color }} title={s.name}>
              <LineSample shape={s.shape} dash={s.dash} /><span>{shortName(s.name)}</span>
            </li>
          ))}
        </ul>
        {LEVELS.map((v) => (
          <span key={v} class="axis__label" style={{ top: `${emotionY(v) * 100}%` }}>
            {signedScore(v)} <Face value={v} size={14} />
          </span>
        ))}
      </div>
      <div class="curve__avgs" />
    </div>
  );
}

/**
 * The curve as text, for screen readers (visually hidden): a table of each stage's emotion per persona (the stage's
 * own emotion, else the mean of its touchpoints), "—" where a persona has none. In the map editor it is rendered
 * once the browser is idle after the first frame (a row per stage: half the layout work of a big map's first frame).
 */
export const EmotionTable = memo(EmotionTableView, sameTable);

interface TableProps { series: CurveSeries[]; stageNames: string[] }

/** Whether two lists hold the same values in the same order. */
function sameValues<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two tables would read the same (cheaper than rendering one again for every edit of a big map). */
function sameTable(a: TableProps, b: TableProps): boolean {
  return sameValues(a.stageNames, b.stageNames) && a.series.length === b.series.length
    && a.series.every((s, k) => s.personaId === b.series[k].personaId && s.name === b.series[k].name
      && sameValues(s.averages, b.series[k].averages));
}

function EmotionTableView({ series, stageNames }: TableProps) {
  const ready = useIdleReady();
  if (!ready || series.length === 0) return null;
  return (
    <table class="visually-hidden emotion-table">
      <caption>{t('Emotion curve: the emotion of each stage, from −2 to +2')}</caption>
      <thead>
        <tr><th scope="col">{t('Stage')}</th>{series.map((s) => <th key={s.personaId ?? '-'} scope="col">{s.name}</th>)}</tr>
      </thead>
      <tbody>
        {stageNames.map((name, i) => (
          <tr key={i}>
            <th scope="row">{name}</th>
            {series.map((s) => {
              const v = s.averages[i];
              return <td key={s.personaId ?? '-'}>{v === undefined ? '—' : `${signedScore(v)} ${emotionWord(v)}`}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
