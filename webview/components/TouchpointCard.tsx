/**
 * A touchpoint as a card: channel icon and name, the touchpoint name, its personas, emotion faces and the
 * moment-of-truth mark. Focusable; Enter renames, Delete removes, Alt+arrows move it, drag and drop moves it.
 */
import { memo } from 'preact/compat';
import { useRef, useState } from 'preact/hooks';
import { formatLocalNumber, t, tPlural } from '../../src/core/l10n/translate';
import type { Touchpoint } from '../../src/core/schema';
import type { Path } from '../../src/core/types';
import { EditableText, navAttrs } from './EditableText';
import { Face, Icon, ShapeIcon } from './Glyphs';
import { InsightMarker } from './InsightMarker';
import { JourneyChip } from './JourneyChip';
import { edit, useMap, type MapContextValue } from './mapContext';
import { signedScore } from '../../src/core/emotionText';
import { channelIcon, shortName } from '../../src/core/view/mapData';
import { DiffBadge } from './DiffBadge';
import { cardLabel } from './cardLabel';
import { pathKey } from '../../src/shared/viewModel';
import { markClasses, markTitle, useDiff } from './diffContext';

/** The drag-and-drop data type of a touchpoint being moved. */
export const DRAG_TYPE = 'application/x-cjm-touchpoint';

interface CardProps {
  tp: Touchpoint;
  stageIndex: number;
  index: number;
  /** How many touchpoints the stage has (for Alt+arrow moves). */
  count: number;
  stageCount: number;
  /** Keyboard-navigation lane row and order among the shown cards. */
  lane: number;
  order: number;
  /** The stage's name and the lane's title, for the card's accessible name. */
  stageName: string;
  laneTitle: string;
}

function Emotions({ tp }: { tp: Touchpoint }) {
  const ctx = useMap();
  if (tp.emotion === undefined) return null;
  if (typeof tp.emotion === 'number') {
    return <span class="card__emotion"><Face value={tp.emotion} />{signedScore(tp.emotion)}</span>;
  }
  return (
    <span class="card__emotion">
      {Object.entries(tp.emotion).map(([pid, v]) => {
        const style = ctx.styles.get(pid);
        return (
          <span key={pid} class="card__pemotion" title={`${ctx.personas.get(pid)?.name ?? pid}: ${signedScore(v)}`}
            style={style ? { '--series': style.color } : undefined}>
            {style && <ShapeIcon shape={style.shape} size={9} />}<Face value={v} />{signedScore(v)}
          </span>
        );
      })}
    </span>
  );
}

function moveOp(ctx: MapContextValue, p: CardProps, key: string): boolean {
  const from: Path = ['stages', p.stageIndex, 'touchpoints', p.index];
  const to = (stage: number, index: number) => edit(ctx, { kind: 'move', from, to: ['stages', stage, 'touchpoints'], index });
  if (key === 'ArrowUp' && p.index > 0) return to(p.stageIndex, p.index - 1);
  if (key === 'ArrowDown' && p.index < p.count - 1) return to(p.stageIndex, p.index + 1);
  if (key === 'ArrowLeft' && p.stageIndex > 0) return to(p.stageIndex - 1, 0);
  if (key === 'ArrowRight' && p.stageIndex < p.stageCount - 1) return to(p.stageIndex + 1, 0);
  return false;
}

function CardView(props: CardProps) {
  const { tp, stageIndex, index } = props;
  const nav = { lane: props.lane, stage: stageIndex, item: props.order };
  const ctx = useMap();
  const [editing, setEditing] = useState(false);
  const self = useRef<HTMLElement>(null);
  const path: Path = ['stages', stageIndex, 'touchpoints', index];
  const channel = tp.channel !== undefined ? ctx.channels.get(tp.channel) : undefined;
  const diffMark = useDiff()?.touchpoints.get(tp.id);
  const remove = () => {
    if (edit(ctx, { kind: 'remove', path })) ctx.onStatus?.(t('Deleted “{0}”. Undo with Ctrl+Z (⌘Z).', tp.name));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); setEditing(true); }
    else if (e.key === ' ') { e.preventDefault(); ctx.onReveal?.(path); }
    else if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); remove(); }
    else if (e.altKey && moveOp(ctx, props, e.key)) { e.preventDefault(); e.stopPropagation(); }
  };
  return (
    <article ref={self} class={`card${tp['moment-of-truth'] ? ' card--mot' : ''}${markClasses(diffMark)}`} tabIndex={0}
      title={markTitle(diffMark)}
      {...navAttrs(nav, path)} aria-label={cardLabel(tp, { stageName: props.stageName, laneTitle: props.laneTitle, channelName: channel?.name ?? tp.channel,
        personaName: (id) => ctx.personas.get(id)?.name ?? id, insights: ctx.insights.get(pathKey(path))?.length ?? 0 })} draggable={ctx.editable}
      onClick={() => ctx.onReveal?.(path)} onDblClick={() => setEditing(true)} onKeyDown={onKeyDown}
      onDragStart={(e) => e.dataTransfer?.setData(DRAG_TYPE, JSON.stringify({ stage: stageIndex, index }))}>
      <div class="card__head">
        <Icon name={channelIcon(channel?.kind)} />
        <span class="card__channel">{channel?.name ?? tp.channel ?? t('No channel')}</span>
        {tp['moment-of-truth'] && (
          <span class="card__mot" title={t('Moment of truth')}><Icon name="star-full" />{t('MoT')}</span>
        )}
        <JourneyChip link={tp.journey} />
        <DiffBadge mark={diffMark} />
        <InsightMarker path={path} />
        {ctx.editable && (
          <button type="button" class="icon-button card__delete" tabIndex={-1} aria-label={t('Delete {0}', tp.name)}
            title={t('Delete touchpoint')} onClick={(e) => { e.stopPropagation(); remove(); }}>
            <Icon name="trash" />
          </button>
        )}
      </div>
      <EditableText class="card__name" value={tp.name} path={[...path, 'name']} editing={editing}
        onDone={() => { setEditing(false); self.current?.focus(); }} label={t('Rename touchpoint')} />
      <div class="card__foot">
        {tp.personas?.length ? (
          <span class="card__personas">
            {tp.personas.map((pid) => (
              <span key={pid} class="chip" title={ctx.personas.get(pid)?.name ?? pid}>
                {shortName(ctx.personas.get(pid)?.name ?? pid)}
              </span>
            ))}
          </span>
        ) : null}
        <CodeReferenceCount count={ctx.codeReferences[tp.id] ?? 0} />
        <Emotions tp={tp} />
      </div>
    </article>
  );
}

/** How many places in code name the touchpoint; nothing when none does. */
function CodeReferenceCount({ count }: { count: number }) {
  if (count === 0) return null;
  const label = tPlural(count, '{0} place in code refers to this touchpoint', '{0} places in code refer to this touchpoint', formatLocalNumber(count));
  return <span class="card__code" title={label} aria-label={label}><Icon name="code" />{count}</span>;
}

/** A touchpoint card; re-renders only when its touchpoint object or position changes. */
export const TouchpointCard = memo(CardView);
