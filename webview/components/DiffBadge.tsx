/**
 * The diff mark on a stage, touchpoint or persona: a small labelled badge per kind of change (added, changed,
 * moved, renamed) whose tooltip lists the changes, e.g. `name "Pay" → "Pay by card"`. Nothing without a mark.
 */
import { t } from '../../src/core/l10n/translate';
import { Icon } from './Glyphs';
import { markTitle } from './diffContext';
import type { ElementMark, MarkKind } from './diffMarks';

const ICONS: Record<MarkKind, string> = { added: 'diff-added', changed: 'diff-modified', moved: 'arrow-swap', renamed: 'tag' };

/** The badge's word for a kind of change, in the active language. */
function kindWord(kind: MarkKind): string {
  switch (kind) {
    case 'added': return t('new');
    case 'changed': return t('changed');
    case 'moved': return t('moved');
    default: return t('renamed');
  }
}

/** The badges of one element's mark. */
export function DiffBadge({ mark }: { mark: ElementMark | undefined }) {
  if (!mark) return null;
  const title = markTitle(mark);
  return (
    <span class="diff-badges" title={title} aria-label={title}>
      {mark.kinds.map((kind) => (
        <span key={kind} class={`diff-badge diff-badge--${kind}`}>
          <Icon name={ICONS[kind]} />{kind === 'moved' && mark.movedFrom ? t('from {0}', mark.movedFrom) : kindWord(kind)}
        </span>
      ))}
    </span>
  );
}
