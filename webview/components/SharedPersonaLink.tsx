/**
 * The "shared" link on the card of a persona the map uses from a `*.personas.yaml` file (`- use: <id>`): its tooltip
 * names that file, and a click (or Enter) opens it at the persona. Shown only where the host can open it (the map
 * editor, not the export).
 */
import { t } from '../../src/core/l10n/translate';
import { Icon } from './Glyphs';
import { useMap } from './mapContext';

/** The link of shared persona `id`; nothing outside the map editor. */
export function SharedPersonaLink({ id }: { id: string }) {
  const ctx = useMap();
  if (!ctx.onOpenSharedPersona) return null;
  const file = ctx.sharedPersonaFiles?.[id];
  const title = file === undefined
    ? t('Shared persona “{0}”: no *.personas.yaml file of the workspace defines it', id)
    : t('Shared persona from {0}: click to open it there', file);
  const open = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    ctx.onOpenSharedPersona?.(id);
  };
  return (
    <button type="button" class={`chip shared-persona${file === undefined ? ' shared-persona--unknown' : ''}`} title={title} aria-label={title}
      onClick={open} onDblClick={(e) => e.stopPropagation()} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') open(e); }}>
      <Icon name="link" /><span class="shared-persona__text">{t('shared')}</span>
    </button>
  );
}
