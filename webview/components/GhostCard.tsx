/**
 * A touchpoint removed since the compared version, drawn as a faded, struck-through card at its old place in its
 * stage. It is not part of the current map: not focusable, not editable, not draggable.
 */
import type { Touchpoint } from '../../src/core/schema';
import { Icon } from './Glyphs';

/** The ghost card of a removed touchpoint. */
export function GhostCard({ tp }: { tp: Touchpoint }) {
  const title = `Removed: ${tp.name} (${tp.id})`;
  return (
    <article class="card card--ghost" data-ghost={tp.id} title={title} aria-label={title}>
      <div class="card__head">
        <Icon name="diff-removed" />
        <span class="card__channel">removed</span>
      </div>
      <div class="card__name">{tp.name}</div>
    </article>
  );
}
