/**
 * The cells of the text lanes of one stage: goals, actions, thoughts, pains, opportunities, metrics,
 * backstage, personas, the channel matrix and custom lanes. Each is memoised on its stage object.
 */
import { memo } from 'preact/compat';
import { t } from '../../src/core/l10n/translate';
import type { Stage } from '../../src/core/schema';
import type { Path } from '../../src/core/types';
import { Entry, navAttrs } from './EditableText';
import { Icon, ShapeIcon } from './Glyphs';
import { useMap } from './mapContext';
import type { MetricDataByPath } from '../../src/core/data/types';
import { formatNumber, formatPercent, stageMetrics, shortName } from '../../src/core/view/mapData';
import { dateText, Sparkline, TrendBadge } from './MetricTrend';
import { passes } from './TouchpointCell';

/** What every lane cell gets. */
export interface CellProps {
  stage: Stage;
  stageIndex: number;
  lane: number;
}

type ListField = 'actions' | 'thoughts';

/** A list of plain entries (actions or thoughts). */
export const ListCell = memo(({ stage, stageIndex, lane, field, kind }: CellProps & { field: ListField; kind: string }) => (
  <ul class={`entries entries--${field}`}>
    {(stage[field] ?? []).map((text, k) => (
      <Entry key={k} text={text} kind={kind} path={['stages', stageIndex, field, k]}
        nav={{ lane, stage: stageIndex, item: k }} />
    ))}
  </ul>
));

/** The stage goal. */
export const GoalCell = memo(({ stage, stageIndex, lane }: CellProps) => (
  <ul class="entries entries--goal">
    {stage.goal !== undefined && (
      <Entry text={stage.goal} kind={t('Goal')} path={['stages', stageIndex, 'goal']} nav={{ lane, stage: stageIndex, item: 0 }} />
    )}
  </ul>
));

/** Pains or opportunities of the stage, then those of its (filtered) touchpoints, labelled with their name. */
export const IssueCell = memo(({ stage, stageIndex, lane, field, persona, channel }:
  CellProps & { field: 'pains' | 'opportunities'; persona: string | null; channel: string | null }) => {
  const kind = field === 'pains' ? t('Pain') : t('Opportunity');
  const items: { text: string; path: Path; prefix?: string }[] =
    (stage[field] ?? []).map((text, k) => ({ text, path: ['stages', stageIndex, field, k] }));
  (stage.touchpoints ?? []).forEach((tp, j) => {
    if (!passes(tp, persona, channel)) return;
    (tp[field] ?? []).forEach((text, k) => {
      items.push({ text, path: ['stages', stageIndex, 'touchpoints', j, field, k], prefix: tp.name });
    });
  });
  return (
    <ul class={`entries entries--${field}`}>
      {items.map((it, k) => (
        <Entry key={it.path.join('.')} text={it.text} kind={kind} path={it.path} prefix={it.prefix}
          nav={{ lane, stage: stageIndex, item: k }} />
      ))}
    </ul>
  );
});

/**
 * Metrics: value, unit, target with progress, conversion from the nearest earlier stage, and for a metric read
 * from a data file its date, sparkline and change since the previous row.
 */
export const MetricsCell = memo(({ stages, stageIndex, lane, metricData }:
  { stages: Stage[]; stageIndex: number; lane: number; metricData?: MetricDataByPath }) => {
  const ctx = useMap();
  return (
    <ul class="entries entries--metrics">
      {stageMetrics(stages, stageIndex).map(({ metric, index, conversion, ofTarget }) => {
        const path: Path = ['stages', stageIndex, 'metrics', index];
        const unit = metric.unit ? ` ${metric.unit}` : '';
        const data = metricData?.[path.join('.')];
        return (
          <li key={metric.id} class="metric" tabIndex={0} {...navAttrs({ lane, stage: stageIndex, item: index }, path)}
            onClick={() => ctx.onReveal?.(path)}>
            <span class="metric__name">{metric.name}</span>
            <span class="metric__value">{metric.value !== undefined ? formatNumber(metric.value) + unit : '—'}</span>
            {data && (
              <span class="metric__trend">
                <Sparkline data={data} />
                <TrendBadge data={data} />
              </span>
            )}
            {data?.date && <span class="metric__date">{t('as of {0}', dateText(data.date))}</span>}
            {metric.target !== undefined && (
              <span class="metric__target">{t('target {0}', `${formatNumber(metric.target)}${unit}`)}
                {ofTarget !== undefined && ` · ${formatPercent(ofTarget, undefined, 0)}`}</span>
            )}
            {ofTarget !== undefined && (
              <span class="meter" aria-hidden="true"><span style={{ width: `${Math.min(100, ofTarget)}%` }} /></span>
            )}
            {conversion !== undefined && (
              <span class="metric__conv"><Icon name="arrow-right" /> {t('{0} of previous stage', formatPercent(conversion))}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
});

const BACKSTAGE = [['owners', () => t('Owners'), 'person'], ['systems', () => t('Systems'), 'server'],
  ['processes', () => t('Processes'), 'gear']] as const;

/** Backstage: owners, systems and processes, each a labelled group. */
export const BackstageCell = memo(({ stage, stageIndex, lane }: CellProps) => {
  let n = 0;
  return (
    <div class="backstage">
      {BACKSTAGE.map(([key, titleText, icon]) => {
        const title = titleText();
        const list = stage.backstage?.[key] ?? [];
        return list.length > 0 && (
          <div key={key} class="backstage__group">
            <div class="backstage__title"><Icon name={icon} /> {title}</div>
            <ul class="entries">
              {list.map((text, k) => (
                <Entry key={k} text={text} kind={title} path={['stages', stageIndex, 'backstage', key, k]}
                  nav={{ lane, stage: stageIndex, item: n++ }} />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
});

/** A custom lane's entries for this stage. */
export const CustomLaneCell = memo(({ stage, stageIndex, lane, laneId, title }: CellProps & { laneId: string; title: string }) => (
  <ul class="entries entries--custom">
    {(stage.lanes?.[laneId] ?? []).map((text, k) => (
      <Entry key={k} text={text} kind={title} path={['stages', stageIndex, 'lanes', laneId, k]}
        nav={{ lane, stage: stageIndex, item: k }} />
    ))}
  </ul>
));

/** The personas who meet at least one touchpoint of the stage (all, for touchpoints without `personas`). */
export const PersonasCell = memo(({ stage }: CellProps) => {
  const ctx = useMap();
  const tps = stage.touchpoints ?? [];
  const present = [...ctx.personas.values()].filter((p) => tps.some((t) => !t.personas || t.personas.includes(p.id)));
  return (
    <div class="persona-chips">
      {present.map((p) => {
        const style = ctx.styles.get(p.id);
        return (
          <span key={p.id} class="chip chip--persona" title={p.name} style={style ? { '--series': style.color } : undefined}>
            {style && <ShapeIcon shape={style.shape} />} {shortName(p.name)}
          </span>
        );
      })}
    </div>
  );
});

/** The channel × stage matrix column: per channel, how many (filtered) touchpoints use it here. */
export const ChannelsCell = memo(({ stage, persona }: CellProps & { persona: string | null }) => {
  const ctx = useMap();
  const tps = (stage.touchpoints ?? []).filter((t) => passes(t, persona, null));
  return (
    <ul class="matrix">
      {[...ctx.channels.values()].map((c) => {
        const used = tps.filter((t) => t.channel === c.id);
        return (
          <li key={c.id} class={`matrix__cell${used.length ? ' matrix__cell--on' : ''}`}
            title={used.length ? `${c.name}: ${used.map((tp) => tp.name).join(', ')}` : t('{0}: not used', c.name)}>
            {used.length ? <><span class="matrix__dot" aria-hidden="true" />{used.length}</> : <span aria-label={t('none')}>–</span>}
          </li>
        );
      })}
    </ul>
  );
});
