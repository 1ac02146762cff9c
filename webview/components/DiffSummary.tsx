/**
 * The bar above the map in diff mode: what the map is compared with, the summary line, removed stages and
 * personas (they have no place in the current map), every change on demand, and the way back to the plain map.
 */
import { useState } from 'preact/hooks';
import { formatLocalNumber, t, tPlural } from '../../src/core/l10n/translate';
import { Button } from '../ui/Controls';
import type { DiffMarks } from './diffMarks';
import { Icon } from './Glyphs';

interface DiffSummaryProps {
  marks: DiffMarks;
  onClose: () => void;
}

/** The diff mode's summary bar. */
export function DiffSummary({ marks, onClose }: DiffSummaryProps) {
  const [open, setOpen] = useState(false);
  const removed = [
    ...marks.removedStages.map((s) => tPlural(s.touchpoints?.length ?? 0, 'stage “{0}” ({1} touchpoint)', 'stage “{0}” ({1} touchpoints)',
      s.name, formatLocalNumber(s.touchpoints?.length ?? 0))),
    ...marks.removedPersonas.map((r) => t('persona “{0}”', r.persona.name)),
  ];
  return (
    <section class="diff-summary" aria-label={t('Changes')}>
      <div class="diff-summary__row">
        <Icon name="diff" />
        <span class="diff-summary__label">{t('Changes since')} <code>{marks.label}</code>:</span>
        <span class="diff-summary__text">{marks.summary}</span>
        {marks.lines.length > 0 && (
          <Button onClick={() => setOpen(!open)} pressed={open} title={t('List every change')}>
            {open ? t('Hide list') : tPlural(marks.lines.length, 'The {0} change', 'All {0} changes', formatLocalNumber(marks.lines.length))}
          </Button>
        )}
        <Button onClick={onClose} title={t('Back to the map without the comparison')}><Icon name="close" /> {t('Back to the map')}</Button>
      </div>
      {removed.length > 0 && <p class="diff-summary__removed">{t('Removed: {0}', removed.join(' · '))}</p>}
      {open && <ul class="diff-summary__list">{marks.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>}
    </section>
  );
}
