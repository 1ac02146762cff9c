/**
 * Elements removed since the compared version, drawn as faded, struck-through cards at their old place: a touchpoint
 * in its stage, a persona in the persona panel. They are not part of the current map: not focusable, not editable.
 */
import type { Persona, Touchpoint } from '../../src/core/schema';
import { t } from '../../src/core/l10n/translate';
import { Icon } from './Glyphs';

/** The ghost card of a removed touchpoint. */
export function GhostCard({ tp }: { tp: Touchpoint }) {
  const title = t('Removed: {0} ({1})', tp.name, tp.id);
  return (
    <article class="card card--ghost" data-ghost={tp.id} title={title} aria-label={title}>
      <div class="card__head">
        <Icon name="diff-removed" />
        <span class="card__channel">{t('removed')}</span>
      </div>
      <div class="card__name">{tp.name}</div>
    </article>
  );
}

/** The ghost card of a removed persona. */
export function GhostPersonaCard({ persona }: { persona: Persona }) {
  const title = t('Removed: {0} ({1})', persona.name, persona.id);
  return (
    <article class="persona persona--ghost" data-ghost={persona.id} title={title} aria-label={title}>
      <div class="persona__name"><Icon name="diff-removed" /> {persona.name}</div>
    </article>
  );
}
