/**
 * `journey:` links in the map editor: a chip on a stage or touchpoint that opens the map it links to, and the
 * "Opened from" chips under the title that open the maps linking into this one. Shown only where the host can
 * open them (the map editor, not the export).
 */
import type { IncomingJourney, JourneyTargetName } from '../../src/shared/protocol';
import { t } from '../../src/core/l10n/translate';
import { Icon } from './Glyphs';
import { useMap } from './mapContext';

/** How a chip reads: its text, its tooltip, and whether its link leads nowhere. */
function looksOf(link: string, target: JourneyTargetName | undefined, known: boolean): { text: string; title: string; unknown: boolean } {
  if (target) {
    const title = target.stageName ? t('Opens {0} ({1})', target.title, target.stageName) : t('Opens {0}', target.title);
    return { text: target.title, title, unknown: false };
  }
  if (!known) return { text: link, title: t('Opens {0}', link), unknown: false };
  const mapId = link.split('/')[0];
  return { text: link, title: t('No map in the workspace has the id “{0}”', mapId), unknown: true };
}

/** A clickable chip that asks the host to open `link`; Enter opens it too, without reaching the card or stage. */
function OpenChip({ link, text, title, unknown = false }: { link: string; text: string; title: string; unknown?: boolean }) {
  const ctx = useMap();
  const open = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    ctx.onOpenJourney?.(link);
  };
  return (
    <button type="button" class={`chip journey-chip${unknown ? ' journey-chip--unknown' : ''}`} title={title} aria-label={title}
      onClick={open} onDblClick={(e) => e.stopPropagation()} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') open(e); }}>
      <Icon name={unknown ? 'question' : 'link-external'} /><span class="journey-chip__text">{text}</span>
    </button>
  );
}

/** The chip of a stage's or touchpoint's `journey:` link; nothing without one, or outside the map editor. */
export function JourneyChip({ link }: { link: string | undefined }) {
  const ctx = useMap();
  if (link === undefined || !ctx.onOpenJourney) return null;
  const looks = looksOf(link, ctx.journeys?.targets[link], ctx.journeys !== null);
  return <OpenChip link={link} {...looks} />;
}

/** "Opened from" chips: the stages and touchpoints of other maps that link into this one. */
export function IncomingJourneys({ incoming }: { incoming: IncomingJourney[] }) {
  if (incoming.length === 0) return null;
  return (
    <p class="jm__journeys">
      <span class="jm__journeys-label">{t('Opened from')}</span>
      {incoming.map((j, k) => (
        <OpenChip key={k} link={j.link} text={`${j.mapTitle} · ${j.fromName}`}
          title={t('Opens {0} ({1} links here)', j.mapTitle, j.fromName)} />
      ))}
    </p>
  );
}
