/**
 * The sticky name of a stage at the top of its column, and the map's persona panel.
 */
import { memo } from 'preact/compat';
import { useRef, useState } from 'preact/hooks';
import { formatLocalNumber, t, tPlural } from '../../src/core/l10n/translate';
import type { MapPersona, Stage } from '../../src/core/schema';
import type { Path } from '../../src/core/types';
import { EditableText, navAttrs } from './EditableText';
import { Icon, LineSample } from './Glyphs';
import { InsightMarker } from './InsightMarker';
import { JourneyChip } from './JourneyChip';
import { MapPicture } from './MapPicture';
import { SharedPersonaLink } from './SharedPersonaLink';
import { edit, useMap } from './mapContext';
import { DiffBadge } from './DiffBadge';
import { GhostPersonaCard } from './GhostCard';
import { markClasses, markTitle, useDiff } from './diffContext';

interface StageHeaderProps { stage: Stage; stageIndex: number; count: number }

function StageHeaderView({ stage, stageIndex, count }: StageHeaderProps) {
  const ctx = useMap();
  const [editing, setEditing] = useState(false);
  const self = useRef<HTMLDivElement>(null);
  const path: Path = ['stages', stageIndex];
  const remove = () => {
    if (edit(ctx, { kind: 'remove', path })) ctx.onStatus?.(t('Deleted stage “{0}”. Undo with Ctrl+Z (⌘Z).', stage.name));
  };
  const n = stage.touchpoints?.length ?? 0;
  const diffMark = useDiff()?.stages.get(stage.id);
  return (
    <div ref={self} class={`stage${markClasses(diffMark)}`} tabIndex={0} title={markTitle(diffMark)} {...navAttrs({ lane: -1, stage: stageIndex, item: 0 }, path)}
      aria-label={t('Stage {0} of {1}: {2}', formatLocalNumber(stageIndex + 1), formatLocalNumber(count), stage.name)}
      onClick={() => ctx.onReveal?.(path)} onDblClick={() => setEditing(true)}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); setEditing(true); }
        if (e.key === ' ') { e.preventDefault(); ctx.onReveal?.(path); }
        if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); remove(); }
      }}>
      <span class="stage__number" aria-hidden="true">{stageIndex + 1}</span>
      <EditableText class="stage__name" value={stage.name} path={[...path, 'name']} editing={editing}
        onDone={() => { setEditing(false); self.current?.focus(); }} label={t('Rename stage')} />
      <span class="stage__count">{tPlural(n, '{0} touchpoint', '{0} touchpoints', formatLocalNumber(n))}</span>
      <JourneyChip link={stage.journey} />
      <MapPicture value={stage.image} label={stage.name} variant="frame" />
      <DiffBadge mark={diffMark} />
      <InsightMarker path={path} />
      {ctx.editable && (
        <button type="button" class="icon-button stage__delete" tabIndex={-1} aria-label={t('Delete stage {0}', stage.name)}
          title={t('Delete stage')} onClick={(e) => { e.stopPropagation(); remove(); }}><Icon name="trash" /></button>
      )}
    </div>
  );
}

/** A stage's column header; memoised on its stage object. */
export const StageHeader = memo(StageHeaderView);

/** Persona cards above the grid: name, description, quote, goals and frustrations, with the curve's line style. */
export const PersonaPanel = memo(({ personas }: { personas: MapPersona[] }) => {
  const ctx = useMap();
  const diff = useDiff();
  const ghostsBefore = (k: number) => (diff?.removedPersonas ?? []).filter((r) => r.before === k)
    .map((r) => <GhostPersonaCard key={`ghost:${r.persona.id}`} persona={r.persona} />);
  const card = (p: MapPersona, k: number) => {
    const style = ctx.styles.get(p.id);
    const path: Path = ['personas', k];
    const mark = diff?.personas.get(p.id);
    return (
      <article key={p.id} class={`persona${markClasses(mark)}`} tabIndex={0} data-path={path.join('.')} title={markTitle(mark)}
        style={style ? { '--series': style.color } : undefined} onClick={() => ctx.onReveal?.(path)}>
        <MapPicture value={p.image} label={p.name} variant="avatar" />
        <div class="persona__name">{style && <LineSample shape={style.shape} dash={style.dash} />}{p.name}<DiffBadge mark={mark} /></div>
        {p.use !== undefined && <SharedPersonaLink id={p.use} />}
        {p.description && <p class="persona__desc">{p.description}</p>}
        {p.quote && <blockquote class="persona__quote">{p.quote}</blockquote>}
        {p.goals?.length ? <p class="persona__list"><Icon name="target" label={t('Goals')} /> {p.goals.join(' · ')}</p> : null}
        {p.frustrations?.length
          ? <p class="persona__list"><Icon name="flame" label={t('Frustrations')} /> {p.frustrations.join(' · ')}</p> : null}
      </article>
    );
  };
  return (
    <section class="personas" aria-label={t('Personas')}>
      {personas.map((p, k) => [...ghostsBefore(k), card(p, k)])}
      {ghostsBefore(personas.length)}
    </section>
  );
});
