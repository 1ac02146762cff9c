/**
 * The diff mark on a stage, touchpoint or persona: a small labelled badge per kind of change (added, changed,
 * moved, renamed) whose tooltip lists the changes, e.g. `name "Pay" → "Pay by card"`. Nothing without a mark.
 */
import { Icon } from './Glyphs';
import { markTitle } from './diffContext';
import type { ElementMark, MarkKind } from './diffMarks';

const LOOKS: Record<MarkKind, { icon: string; text: string }> = {
  added: { icon: 'diff-added', text: 'new' },
  changed: { icon: 'diff-modified', text: 'changed' },
  moved: { icon: 'arrow-swap', text: 'moved' },
  renamed: { icon: 'tag', text: 'renamed' },
};

/** The badges of one element's mark. */
export function DiffBadge({ mark }: { mark: ElementMark | undefined }) {
  if (!mark) return null;
  const title = markTitle(mark);
  return (
    <span class="diff-badges" title={title} aria-label={title}>
      {mark.kinds.map((kind) => (
        <span key={kind} class={`diff-badge diff-badge--${kind}`}>
          <Icon name={LOOKS[kind].icon} />{kind === 'moved' && mark.movedFrom ? `from ${mark.movedFrom}` : LOOKS[kind].text}
        </span>
      ))}
    </span>
  );
}
