/**
 * The journey map: stages as columns, lanes as rows, sticky lane and stage names. Pure in render (no DOM
 * access), so the export can render it to a string; DOM work happens only in effects and event handlers.
 */
import type { ComponentChildren } from 'preact';
import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { t } from '../../src/core/l10n/translate';
import type { CjmMap, MapType, Stage } from '../../src/core/schema';
import type { Path, Problem } from '../../src/core/types';
import type { EditOp, MapJourneys } from '../../src/shared/protocol';
import { pathKey, type JourneyView } from '../../src/shared/viewModel';
import { EmotionAxis, EmotionCell, EmotionTable, curveByStage, type StageCurve } from './EmotionCurve';
import { pointCount } from './curveCells';
import { buildSeries, type CurveSeries } from '../../src/core/view/emotionSeries';
import { Icon } from './Glyphs';
import { insightsByElement } from './insightGroups';
import { IncomingJourneys } from './JourneyChip';
import { useKeyboardNav, useRovingTabindex } from './mapKeyboard';
import {
  BackstageCell, ChannelsCell, CustomLaneCell, GoalCell, IssueCell, ListCell, MetricsCell, PersonasCell,
} from './LaneCells';
import { MapContext, type MapContextValue } from './mapContext';
import { channelIcon, lanesFor, seriesStyles, uniqueId, type LaneInfo, type LaneKey } from '../../src/core/view/mapData';
import { PersonaPanel, StageHeader } from './StageHeader';
import { passes, TouchpointCell } from './TouchpointCell';
import { useDiff } from './diffContext';
import type { StageWindow } from '../mapWindow';
import { estimateLaneHeight, isFilled, laneRows, type CellWindow } from './cellWindow';

/** What the user chose to see: a persona, a channel (null = all) and the lanes they hid. */
export interface MapFilters {
  persona: string | null;
  channel: string | null;
  hiddenLanes: LaneKey[];
}

/** Props of {@link JourneyMap}. */
export interface JourneyMapProps {
  view: JourneyView;
  /** Filters and hidden lanes; default: everything shown. */
  filters?: MapFilters;
  /** Outline (and scroll to) the item at this path, or the nearest enclosing item. */
  highlight?: Path | null;
  /** Allow editing (rename, add, delete, move, emotions); default false (read-only, as in exports). */
  editable?: boolean;
  /**
   * Render only stage columns first..last (inclusive); the others keep their width but stay empty. With `filled`,
   * only the cells it lists have content, the window's others are empty placeholders (see mapWindow.ts).
   */
  stageWindow?: StageWindow;
  /** Render the cells of lanes first..last only (inclusive); every lane keeps its header and its row. */
  laneWindow?: { first: number; last: number };
  /** Height to keep for each lane row whose cells are not rendered, by lane index (0 or missing: estimated). */
  laneHeights?: number[];
  /** Asks the window to render stage `stage` and lane `lane` (row index): Home and End to a stage not rendered. */
  onReachStage?: (stage: number, lane: number) => void;
  /** Touchpoint id → number of comments in code that name it (shown on the cards); default none. */
  codeReferences?: Record<string, number>;
  /** Insight findings, marked on the cards and stages they are about; default none. */
  insights?: readonly Problem[];
  onReveal?: (path: Path) => void;
  onEdit?: (op: EditOp) => void;
  onStatus?: (text: string) => void;
  /** Where the map's `journey:` links lead and what links into it (shown as chips); default none. */
  journeys?: MapJourneys | null;
  /** Opens the map a `journey:` chip names; without it (the export) no chips are shown. */
  onOpenJourney?: (link: string) => void;
  /** Opens a shared persona's personas file; without it (the export) persona cards show no "shared" link. */
  onOpenSharedPersona?: (id: string) => void;
}

const NO_FILTERS: MapFilters = { persona: null, channel: null, hiddenLanes: [] };
const NO_COUNTS: Record<string, number> = {};
const NO_INSIGHTS: readonly Problem[] = [];

interface RowArgs {
  lane: LaneInfo;
  row: number;
  stages: Stage[];
  filters: MapFilters;
  series: CurveSeries[];
  curve: StageCurve[];
  /** In diff mode: the compared version's curve per stage. */
  oldCurve?: StageCurve[];
  metricData?: JourneyView['metricData'];
}

function cellFor(a: RowArgs, stage: Stage, i: number): ComponentChildren {
  const p = { stage, stageIndex: i, lane: a.row };
  const { persona, channel } = a.filters;
  switch (a.lane.key) {
    case 'touchpoints':
      return <TouchpointCell {...p} stageCount={a.stages.length} laneTitle={a.lane.title} persona={persona} channel={channel} />;
    case 'emotions': return <EmotionCell curve={a.curve[i]} series={a.series} lane={a.row} stageIndex={i} previous={a.oldCurve?.[i]} />;
    case 'goals': return <GoalCell {...p} />;
    case 'actions': return <ListCell {...p} field="actions" kind={t('Action')} />;
    case 'thoughts': return <ListCell {...p} field="thoughts" kind={t('Thought')} />;
    case 'pains': return <IssueCell {...p} field="pains" persona={persona} channel={channel} />;
    case 'opportunities': return <IssueCell {...p} field="opportunities" persona={persona} channel={channel} />;
    case 'metrics': return <MetricsCell stages={a.stages} stageIndex={i} lane={a.row} metricData={a.metricData} />;
    case 'backstage': return <BackstageCell {...p} />;
    case 'personas': return <PersonasCell {...p} />;
    case 'channels': return <ChannelsCell {...p} persona={persona} />;
    default: return <CustomLaneCell {...p} laneId={a.lane.key.slice(5)} title={a.lane.title} />;
  }
}

/** A lane's row header: its title, and the curve's axis or the channel names; memoised (every frame renders the rows). */
const LaneHeader = memo(({ lane, map, series }: { lane: LaneInfo; map: CjmMap; series: CurveSeries[] }) => {
  return (
    <>
      <div class="lane__title"><Icon name={lane.icon} /> <span>{lane.title}</span></div>
      {lane.key === 'emotions' && <EmotionAxis series={series} />}
      {lane.key === 'channels' && (
        <ul class="matrix matrix--names">
          {(map.channels ?? []).map((c) => (
            <li key={c.id} class="matrix__name" title={c.name}><Icon name={channelIcon(c.kind)} /> {c.name}</li>
          ))}
        </ul>
      )}
    </>
  );
});

/** The map's type as the header names it: "basic map", "emotions map"… */
function mapTypeText(type: MapType): string {
  switch (type) {
    case 'basic': return t('basic map');
    case 'emotions': return t('emotions map');
    case 'channels': return t('channels map');
    case 'persona': return t('persona map');
    default: return t('internal map');
  }
}

/**
 * One grid row per lane (`display: contents`, so its header and cells stay items of the CSS grid): the lane's
 * title as the row header, then a grid cell per rendered stage, each with its column index for screen readers.
 */
function renderRows(a: Omit<RowArgs, 'lane' | 'row'>, lanes: LaneInfo[], map: CjmMap, w: CellWindow) {
  const { first, last, top, bottom, heights } = w;
  return lanes.map((lane, r) => {
    const args: RowArgs = { ...a, lane, row: r };
    const cells: ComponentChildren[] = [];
    for (let i = first; i <= last && r >= top && r <= bottom; i++) {
      const full = isFilled(w, lane.key, r, a.stages, i, a.curve[i] ? pointCount(a.curve[i]) : 0);
      cells.push(
        <div key={a.stages[i].id} class={`cell cell--${lane.key.startsWith('lane:') ? 'custom' : lane.key}${full ? '' : ' cell--pending'}`}
          role="gridcell" aria-colindex={i + 2} aria-busy={full ? undefined : 'true'}
          style={{ gridRow: r + 2, gridColumn: i + 2, minHeight: full ? undefined : heights[r] }}>
          {full && cellFor(args, a.stages[i], i)}
        </div>,
      );
    }
    return (
      <div key={`r:${lane.key}`} class="grid__row" role="row" aria-rowindex={r + 2}>
        <div class={`lane lane--${lane.key.startsWith('lane:') ? 'custom' : lane.key}`} role="rowheader" aria-colindex={1}
          style={{ gridRow: r + 2 }}>
          <LaneHeader lane={lane} map={map} series={a.series} />
        </div>
        {cells}
      </div>
    );
  });
}

/**
 * Marks the highlighted item and scrolls it into view once. Runs again when the rendered columns or lanes change:
 * a highlight outside them moves the windows first, and its item exists only after that.
 */
function useHighlight(root: { current: HTMLElement | null }, highlight: Path | null | undefined, view: JourneyView, w: CellWindow) {
  const scrolledTo = useRef<Path | null | undefined>(undefined);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    el.querySelectorAll('.is-highlighted').forEach((n) => n.classList.remove('is-highlighted'));
    if (!highlight) return;
    for (let n = highlight.length; n > 0; n--) {
      const hit = el.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathKey(highlight.slice(0, n)))}"]`);
      if (!hit) continue;
      hit.classList.add('is-highlighted');
      // Scroll once per highlight: a user scrolling the columns away afterwards is not pulled back.
      if (scrolledTo.current !== highlight) hit.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      scrolledTo.current = highlight;
      return;
    }
  }, [highlight, view, w.first, w.last, w.top, w.bottom, w.filled]);
}

/** The journey map of one view; see {@link JourneyMapProps}. */
export function JourneyMap(props: JourneyMapProps) {
  const { view, filters = NO_FILTERS, editable = false } = props;
  const { map } = view;
  const root = useRef<HTMLDivElement>(null);
  const latest = useRef(map);
  latest.current = map;
  const callbacks = useRef(props);
  callbacks.current = props;
  const codeReferences = props.codeReferences ?? NO_COUNTS;
  const journeys = props.journeys ?? null;
  const canOpenJourneys = props.onOpenJourney !== undefined;
  const canOpenPersonas = props.onOpenSharedPersona !== undefined;
  const findings = props.insights ?? NO_INSIGHTS;
  const insights = useMemo(() => insightsByElement(findings), [findings]);
  const ctx = useMemo<MapContextValue>(() => ({
    editable,
    codeReferences,
    journeys,
    insights,
    personas: new Map((map.personas ?? []).map((p) => [p.id, p])),
    channels: new Map((map.channels ?? []).map((c) => [c.id, c])),
    styles: new Map(seriesStyles(map.personas).map((s) => [s.personaId, s])),
    newId: (base) => uniqueId(latest.current, base),
    images: view.images,
    sharedPersonaFiles: view.sharedPersonaFiles,
    onReveal: (path) => callbacks.current.onReveal?.(path),
    onEdit: (op) => callbacks.current.onEdit?.(op),
    onStatus: (text) => callbacks.current.onStatus?.(text),
    ...(canOpenJourneys ? { onOpenJourney: (link: string) => callbacks.current.onOpenJourney?.(link) } : {}),
    ...(canOpenPersonas ? { onOpenSharedPersona: (id: string) => callbacks.current.onOpenSharedPersona?.(id) } : {}),
  }), [editable, codeReferences, journeys, canOpenJourneys, canOpenPersonas, insights, map.personas, map.channels, view.images,
    view.sharedPersonaFiles]);
  const lanes = useMemo(() => lanesFor(map).filter((l) => !filters.hiddenLanes.includes(l.key)),
    [map, filters.hiddenLanes]);
  const series = useMemo(() => buildSeries(map, filters.persona, (tp) => passes(tp, null, filters.channel),
    `channel:${filters.channel ?? '*'}`),
    [map.stages, map.personas, filters.persona, filters.channel]);
  const curve = useMemo(() => curveByStage(series, map.stages.length), [series, map.stages.length]);
  const diff = useDiff();
  const oldCurve = useMemo(() => (diff ? curveByStage(buildSeries(diff.oldAligned, filters.persona, () => true,
    'compared'), map.stages.length) : undefined), [diff, filters.persona, map.stages.length]);
  const stageNames = useMemo(() => map.stages.map((st) => st.name), [map.stages]);
  const n = map.stages.length;
  const first = Math.max(0, props.stageWindow?.first ?? 0);
  const last = Math.min(n - 1, props.stageWindow?.last ?? n - 1);
  const top = Math.max(0, props.laneWindow?.first ?? 0);
  const bottom = Math.min(lanes.length - 1, props.laneWindow?.last ?? lanes.length - 1);
  const estimates = useMemo(() => lanes.map((lane) => estimateLaneHeight(lane, map.stages)), [lanes, map.stages]);
  const heights = estimates.map((h, r) => props.laneHeights?.[r] || h);
  const cellWindow: CellWindow = { first, last, top, bottom, filled: props.stageWindow?.filled, heights };
  // Looked for again once the windows move or cells are filled: a highlighted item may be rendered only then.
  useHighlight(root, props.highlight, view, cellWindow);
  const rows = laneRows(lanes, cellWindow);
  const onFocusIn = useRovingTabindex(root);
  const onKeyDown = useKeyboardNav(root, first, last, n, props.onReachStage);
  return (
    <MapContext.Provider value={ctx}>
      <div ref={root} class={`jm${editable ? ' jm--editable' : ''}`} onKeyDown={onKeyDown} onFocusIn={onFocusIn}>
        <header class="jm__head">
          <h1 class="jm__title" data-path="title" onClick={() => ctx.onReveal?.(['title'])}>{map.title}</h1>
          {canOpenJourneys && journeys && <IncomingJourneys incoming={journeys.incoming} />}
          {map.description && <p class="jm__desc">{map.description}</p>}
          <p class="jm__meta">
            {[map.type ? mapTypeText(map.type) : null, map.owner ? t('owner: {0}', map.owner) : null, ...(map.tags ?? [])]
              .filter(Boolean).join(' · ')}
          </p>
        </header>
        {map.personas?.length ? <PersonaPanel personas={map.personas} /> : null}
        <div class="grid" role="grid" aria-label={t('{0}: stages by lanes', map.title)} aria-rowcount={lanes.length + 1}
          aria-colcount={n + 1 + (editable ? 1 : 0)}
          style={{ gridTemplateColumns: `var(--lane-w) repeat(${n}, var(--stage-w)) var(--add-w)`, gridTemplateRows: rows }}>
          <div class="grid__row" role="row" aria-rowindex={1}>
            <div class="corner" role="columnheader" aria-colindex={1}><span class="visually-hidden">{t('Lane')}</span></div>
            {map.stages.slice(first, last + 1).map((stage, k) => (
              <div key={stage.id} class="cell cell--stage" role="columnheader" aria-colindex={first + k + 2}
                style={{ gridRow: 1, gridColumn: first + k + 2 }}>
                <StageHeader stage={stage} stageIndex={first + k} count={n} />
              </div>
            ))}
            {editable && (
              <div class="cell cell--add" role="gridcell" aria-colindex={n + 2} style={{ gridRow: 1, gridColumn: n + 2 }}>
                <button type="button" class="add-button" title={t('Add a stage at the end')} data-nav-lane={-1} data-nav-stage={n} data-nav-item={0}
                  onClick={() => ctx.onEdit?.({ kind: 'insert', path: ['stages'], index: n,
                    value: { id: uniqueId(map, 'stage'), name: t('New stage') } })}>
                  <Icon name="add" /> {t('Stage')}
                </button>
              </div>
            )}
          </div>
          {n > 0 && renderRows({ stages: map.stages, filters, series, curve, oldCurve, metricData: view.metricData }, lanes, map, cellWindow)}
        </div>
        {lanes.some((l) => l.key === 'emotions') && <EmotionTable series={series} stageNames={stageNames} />}
      </div>
    </MapContext.Provider>
  );
}
