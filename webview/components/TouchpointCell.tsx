/**
 * The touchpoints of one stage: cards in order, a drop zone for moving cards, and "Add touchpoint".
 */
import { memo } from 'preact/compat';
import { t } from '../../src/core/l10n/translate';
import type { Stage, Touchpoint } from '../../src/core/schema';
import { Icon } from './Glyphs';
import { edit, useMap } from './mapContext';
import { DRAG_TYPE, TouchpointCard } from './TouchpointCard';
import { useDiff } from './diffContext';
import { GhostCard } from './GhostCard';

/** The persona and channel filters; null shows all. */
export interface Filters {
  persona: string | null;
  channel: string | null;
}

/** Whether a touchpoint passes the filters. */
export function passes(tp: Touchpoint, persona: string | null, channel: string | null): boolean {
  return (persona === null || !tp.personas || tp.personas.includes(persona)) &&
    (channel === null || tp.channel === channel);
}

interface CellProps {
  stage: Stage;
  stageIndex: number;
  stageCount: number;
  lane: number;
  /** The lane's title, for the cards' accessible names. */
  laneTitle: string;
  persona: string | null;
  channel: string | null;
}

function dropIndex(e: DragEvent, list: HTMLElement): number {
  const cards = Array.from(list.querySelectorAll<HTMLElement>(':scope > .card'));
  const at = cards.findIndex((c) => {
    const r = c.getBoundingClientRect();
    return e.clientY < r.top + r.height / 2;
  });
  const target = at === -1 ? undefined : cards[at];
  return target ? Number(target.dataset.path?.split('.')[3]) : Number.MAX_SAFE_INTEGER;
}

function CellView({ stage, stageIndex, stageCount, lane, laneTitle, persona, channel }: CellProps) {
  const ctx = useMap();
  const tps = stage.touchpoints ?? [];
  const onDrop = (e: DragEvent) => {
    const raw = e.dataTransfer?.getData(DRAG_TYPE);
    if (!raw || !ctx.editable) return;
    e.preventDefault();
    const from = JSON.parse(raw) as { stage: number; index: number };
    let index = Math.min(dropIndex(e, e.currentTarget as HTMLElement), tps.length);
    // The index is where the card ends up once it has left its old place.
    if (from.stage === stageIndex && from.index < index) index--;
    if (from.stage === stageIndex && from.index === index) return;
    edit(ctx, { kind: 'move', from: ['stages', from.stage, 'touchpoints', from.index],
      to: ['stages', stageIndex, 'touchpoints'], index });
  };
  const add = () => {
    const id = ctx.newId('touchpoint');
    edit(ctx, { kind: 'insert', path: ['stages', stageIndex, 'touchpoints'], index: tps.length,
      value: { id, name: t('New touchpoint') } });
  };
  let shown = 0;
  const ghosts = useDiff()?.ghosts.get(stage.id) ?? [];
  const ghostsBefore = (j: number) => ghosts.filter((g) => g.before === j).map((g) => <GhostCard key={`ghost:${g.touchpoint.id}`} tp={g.touchpoint} />);
  return (
    <div class="cards" onDragOver={(e) => { if (ctx.editable) e.preventDefault(); }} onDrop={onDrop}>
      {tps.map((tp, j) => [...ghostsBefore(j), passes(tp, persona, channel) && (
        <TouchpointCard key={tp.id} tp={tp} stageIndex={stageIndex} index={j} count={tps.length}
          stageCount={stageCount} lane={lane} order={shown++} stageName={stage.name} laneTitle={laneTitle} />
      )])}
      {ghostsBefore(tps.length)}
      {ctx.editable && (
        <button type="button" class="add-button" onClick={add} title={t('Add a touchpoint to this stage')}
          data-nav-lane={lane} data-nav-stage={stageIndex} data-nav-item={tps.length}>
          <Icon name="add" /> {t('Touchpoint')}
        </button>
      )}
    </div>
  );
}

/** The touchpoint cell of a stage; skipped on re-render when its stage object and filters are unchanged. */
export const TouchpointCell = memo(CellView);
